def log = new File(basedir, 'build.log').getText('UTF-8')
[
  '[INFO] check-compat: 0 backward-incompatible changes from src/main/openapi/previous/openapi.yaml to src/main/openapi/openapi.yaml (1 changed, 0 new, 0 removed operations) (report: target/offer-status/check-compat.json)',
].each { assert log.contains(it): "build.log lacks: ${it}" }
// The ITs run with -e (showErrors): any exception logged or thrown would show its stack trace,
// whose frames Maven 3.9 prints as "    at pkg.Class.method (File.java:1)".
assert !(log =~ /(?m)^\s+at \S+ ?\(/): 'no stack trace'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
assert new File(basedir, 'target/offer-status/compat.md').isFile(): 'missing target/offer-status/compat.md'
assert new File(basedir, 'target/offer-status/compat.html').isFile(): 'missing target/offer-status/compat.html'
return true
