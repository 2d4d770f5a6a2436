def log = new File(basedir, 'build.log').getText('UTF-8')
[
  'on project bad-input-malformed-yaml: lint: src/main/openapi/openapi.yaml:4:1: malformed YAML: while parsing a flow node; expected the node content, but found \'<stream end>\'',
].each { assert log.contains(it): "build.log lacks: ${it}" }
// The ITs run with -e (showErrors): the failure must be the plugin's own MojoFailureException,
// never an unexpected error (MojoExecutionException, a RuntimeException from the checks).
assert log =~ /(?m)^\s+at \S+ ?\(/: 'no stack trace: is -e (showErrors) still on?'
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: '): 'not a MojoFailureException'
assert !log.contains('MojoExecutionException'): 'an unexpected error'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
return true
