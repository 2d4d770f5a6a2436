// Feishu renames offboarding_info.notes to remark: the project's spec, and the doc snapshot with one edit.
// every doc page the spec names, unchanged (check-doc reads them all; a scenario edits one)
new File(upstreamDir).eachFileMatch(~/.*\.md/) { page ->
  def copy = new File(basedir, "src/main/openapi/upstream/${page.name}")
  copy.parentFile.mkdirs()
  copy.setText(page.getText('UTF-8'), 'UTF-8')
}
def doc = new File(docFile).getText('UTF-8')
def from = 'notes | string | 否 | 备注'
assert doc.contains(from): 'the doc snapshot no longer has the fragment this scenario edits'
def upstream = new File(basedir, 'src/main/openapi/upstream')
upstream.mkdirs()
new File(upstream, 'intern_offer_status.md').setText(doc.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement('remark | string | 否 | 备注')), 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
