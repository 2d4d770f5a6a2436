def log = new File(basedir, 'build.log').getText('UTF-8')
// The message carries an arrow; compare what the log's encoding kept of it.
def ascii = { String s -> s.replaceAll('[^\\x00-\\x7F]', '?') }
// the finding names the line of the lowered window in the current spec
def line = new File(basedir, 'src/main/openapi/openapi.yaml').readLines('UTF-8').findIndexOf { it == '        per-second: 40' } + 1
assert line > 0
[
  "[ERROR] src/main/openapi/openapi.yaml:${line}: " + '#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-rate-limit/per-second: lower rate limit per-second: 50 → 40',
  'check-compat: 1 backward-incompatible change from src/main/openapi/previous/openapi.yaml to src/main/openapi/openapi.yaml (',
].each { assert log.contains(it) || ascii(log).contains(ascii(it)): "build.log lacks: ${it}" }
// The ITs run with -e (showErrors): the failure must be the plugin's own MojoFailureException,
// never an unexpected error (MojoExecutionException, a RuntimeException from the checks).
assert log =~ /(?m)^\s+at \S+ ?\(/: 'no stack trace: is -e (showErrors) still on?'
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: '): 'not a MojoFailureException'
assert !log.contains('MojoExecutionException'): 'an unexpected error'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
return true
