// The one prebuild/verify template of the check-doc ITs (the drift-* scenarios and the bad-input
// ones beside them): a scenario copies the project's contract, edits one page, and checks the
// build's log. An IT's hook script loads it with
//   def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
// (the invoker passes basedir, and the pom's scriptVariables specFile and itDir, to every hook).

/** Where the spec names its doc pages: each x-upstream-doc snapshot, once. */
def namedPages(String specFile) {
  (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique()
}

/**
 * The project's copy of the contract: the spec as src/main/openapi/openapi.yaml and every doc page
 * it names beside it, unchanged, except the pages `leaveOut` accepts.
 */
def copyContract(File project, String specFile, Closure leaveOut = { false }) {
  def contract = new File(specFile).parentFile
  namedPages(specFile).findAll { !leaveOut(it) }.each { page ->
    def copy = new File(project, "src/main/openapi/${page}")
    copy.parentFile.mkdirs()
    copy.setText(new File(contract, page).getText('UTF-8'), 'UTF-8')
  }
  new File(project, 'src/main/openapi').mkdirs()
  new File(project, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
}

/** Edits the project's copy of a page: each `from` (which must be there) becomes its `to`, first occurrence only. */
def edit(File project, String page, Map<String, String> edits) {
  def file = new File(project, "src/main/openapi/${page}")
  def doc = file.getText('UTF-8')
  edits.each { from, to ->
    assert doc.contains(from): 'the doc snapshot no longer has the fragment this scenario edits'
    doc = doc.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
  }
  file.setText(doc, 'UTF-8')
}

/**
 * Checks build.log: it has every expected line (lines carrying Chinese: what the log's encoding
 * kept of them); a failed build failed with the plugin's own MojoFailureException, never an
 * unexpected error; a passing build logged no stack trace.
 */
def verify(File project, List<String> expected, boolean failed) {
  def log = new File(project, 'build.log').getText('UTF-8')
  def ascii = { String s -> s.replaceAll('[^\\x00-\\x7F]', '?') }
  expected.each { assert log.contains(it) || ascii(log).contains(ascii(it)): "build.log lacks: ${it}" }
  // The ITs run with -e (showErrors): any exception logged or thrown shows its stack trace, whose
  // frames Maven 3.9 prints as "    at pkg.Class.method (File.java:1)".
  if (failed) {
    assert log =~ /(?m)^\s+at \S+ ?\(/: 'no stack trace: is -e (showErrors) still on?'
    assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: '): 'not a MojoFailureException'
    assert !log.contains('MojoExecutionException'): 'an unexpected error'
  } else {
    assert !(log =~ /(?m)^\s+at \S+ ?\(/): 'no stack trace'
  }
  assert !log.contains('failed unexpectedly'): 'an unexpected error'
  return log
}

return this
