def log = new File(basedir, 'build.log').getText('UTF-8')
// the finding names the line of the operation's requestBody in the current spec
def lines = new File(basedir, 'src/main/openapi/openapi.yaml').readLines('UTF-8')
def operation = lines.findIndexOf { it == '  /open-apis/hire/v1/offers/{offer_id}/intern_offer_status:' }
def line = lines.findIndexOf(operation) { it == '      requestBody:' } + 1
assert line > 0
[
  "[ERROR] src/main/openapi/openapi.yaml:${line}: " + '#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/requestBody: backward-incompatible change of the request body of POST /open-apis/hire/v1/offers/{offer_id}/intern_offer_status',
  'check-compat: 1 backward-incompatible change from src/main/openapi/previous/openapi.yaml to src/main/openapi/openapi.yaml (1 changed, 0 new, 0 removed operations) (report: target/offer-status/check-compat.json)',
].each { assert log.contains(it): "build.log lacks: ${it}" }
// The ITs run with -e (showErrors): the failure must be the plugin's own MojoFailureException,
// never an unexpected error (MojoExecutionException, a RuntimeException from the checks).
assert log =~ /(?m)^\s+at \S+ ?\(/: 'no stack trace: is -e (showErrors) still on?'
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: '): 'not a MojoFailureException'
assert !log.contains('MojoExecutionException'): 'an unexpected error'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
assert new File(basedir, 'target/offer-status/compat.md').isFile(): 'missing target/offer-status/compat.md'
assert new File(basedir, 'target/offer-status/compat.html').isFile(): 'missing target/offer-status/compat.html'
return true
