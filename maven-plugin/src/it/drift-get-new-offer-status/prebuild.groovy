// Feishu adds an offer_status value: the project's spec, every page it names, and offer_get.md with an edit.
// every doc page the spec names (its x-upstream-doc snapshots), unchanged; a scenario edits one
def named = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique()
named.each { page ->
  def copy = new File(basedir, "src/main/openapi/${page}")
  copy.parentFile.mkdirs()
  copy.setText(new File(new File(specFile).parentFile, page).getText('UTF-8'), 'UTF-8')
}
def page = new File(basedir, 'src/main/openapi/upstream/offer_get.md')
def doc = page.getText('UTF-8')
assert doc.contains('- 13：实习已离职（仅实习 Offer 具有）\noffer_type'): 'the doc snapshot no longer has the fragment this scenario edits'
doc = doc.replaceFirst(java.util.regex.Pattern.quote('- 13：实习已离职（仅实习 Offer 具有）\noffer_type'), java.util.regex.Matcher.quoteReplacement('- 13：实习已离职（仅实习 Offer 具有）  \n- 14：实习已转正（仅实习 Offer 具有）\noffer_type'))
page.setText(doc, 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
