def log = new File(basedir, 'build.log').getText('UTF-8')
// every page the spec names is checked
def pages = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique().size()
[
  '[WARNING] src/main/openapi/upstream/intern_offer_status.md:18: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-rate-limit/per-minute: changed rate limit per-minute from 1000 to 2000',
  "[WARNING] check-doc: 1 difference between src/main/openapi/openapi.yaml and ${pages} doc pages (report: target/offer-status/check-doc.json)",
].each { assert log.contains(it): "build.log lacks: ${it}" }
// The ITs run with -e (showErrors): any exception logged or thrown would show its stack trace,
// whose frames Maven 3.9 prints as "    at pkg.Class.method (File.java:1)".
assert !(log =~ /(?m)^\s+at \S+ ?\(/): 'no stack trace'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
return true
