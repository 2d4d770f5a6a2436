def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = "on project bad-input-doc-shape: check-doc: src/main/openapi/upstream/offer_list.md:5: the 请求 table has no 'HTTP URL' or 'HTTP Method' row: not a Feishu API doc page in the expected shape"
// The message carries Chinese; compare what the log's encoding kept of it.
def ascii = { String s -> s.replaceAll('[^\\x00-\\x7F]', '?') }
assert log.contains(expected) || ascii(log).contains(ascii(expected)): "build.log lacks: ${expected}"
// The ITs run with -e (showErrors): the failure must be the plugin's own MojoFailureException,
// never an unexpected error (MojoExecutionException, a RuntimeException from the checks).
assert log =~ /(?m)^\s+at \S+ ?\(/: 'no stack trace: is -e (showErrors) still on?'
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: '): 'not a MojoFailureException'
assert !log.contains('MojoExecutionException'): 'an unexpected error'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
return true
