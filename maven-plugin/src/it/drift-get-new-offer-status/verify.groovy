def log = new File(basedir, 'build.log').getText('UTF-8')
// every page the spec names is checked
def pages = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique().size()
// The messages carry Chinese; compare what the log's encoding kept of them.
def ascii = { String s -> s.replaceAll('[^\\x00-\\x7F]', '?') }
[
  '[ERROR] src/main/openapi/upstream/offer_get.md:280: #/components/schemas/OfferStatus/enum: added enum value "14" of response field data.offer.offer_status',
].each { assert log.contains(it) || ascii(log).contains(ascii(it)): "build.log lacks: ${it}" }
assert log.contains("check-doc: 1 difference between src/main/openapi/openapi.yaml and ${pages} doc pages"): 'not every page was checked'
// The ITs run with -e (showErrors): the failure must be the plugin's own MojoFailureException,
// never an unexpected error (MojoExecutionException, a RuntimeException from the checks).
assert log =~ /(?m)^\s+at \S+ ?\(/: 'no stack trace: is -e (showErrors) still on?'
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: '): 'not a MojoFailureException'
assert !log.contains('MojoExecutionException'): 'an unexpected error'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
return true
