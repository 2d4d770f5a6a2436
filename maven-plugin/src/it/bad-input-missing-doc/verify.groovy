def log = new File(basedir, 'build.log').getText('UTF-8')
[
  'on project bad-input-missing-doc: check-doc: src/main/openapi/openapi.yaml: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-upstream-doc/snapshot: the doc page src/main/openapi/upstream/intern_offer_status.md does not exist',
].each { assert log.contains(it): "build.log lacks: ${it}" }
// The ITs run with -e (showErrors): the failure must be the plugin's own MojoFailureException,
// never an unexpected error (MojoExecutionException, a RuntimeException from the checks).
assert log =~ /(?m)^\s+at \S+ ?\(/: 'no stack trace: is -e (showErrors) still on?'
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: '): 'not a MojoFailureException'
assert !log.contains('MojoExecutionException'): 'an unexpected error'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
return true
