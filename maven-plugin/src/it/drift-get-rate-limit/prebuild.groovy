// getOffer gets a lower rate limit: the project's spec, every page it names, and offer_get.md with an edit.
// every doc page the spec names, unchanged (check-doc reads them all; a scenario edits one)
new File(upstreamDir).eachFileMatch(~/.*\.md/) { page ->
  def copy = new File(basedir, "src/main/openapi/upstream/${page.name}")
  copy.parentFile.mkdirs()
  copy.setText(page.getText('UTF-8'), 'UTF-8')
}
def page = new File(basedir, 'src/main/openapi/upstream/offer_get.md')
def doc = page.getText('UTF-8')
assert doc.contains('[20 次/秒]'): 'the doc snapshot no longer has the fragment this scenario edits'
doc = doc.replaceFirst(java.util.regex.Pattern.quote('[20 次/秒]'), java.util.regex.Matcher.quoteReplacement('[10 次/秒]'))
page.setText(doc, 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
