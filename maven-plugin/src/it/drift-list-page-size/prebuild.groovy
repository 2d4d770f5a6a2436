// listOffers pages change: at most 100, 20 by default: the project's spec, every page it names, and offer_list.md with an edit.
// every doc page the spec names (its x-upstream-doc snapshots), unchanged; a scenario edits one
def named = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique()
named.each { page ->
  def copy = new File(basedir, "src/main/openapi/${page}")
  copy.parentFile.mkdirs()
  copy.setText(new File(new File(specFile).parentFile, page).getText('UTF-8'), 'UTF-8')
}
def page = new File(basedir, 'src/main/openapi/upstream/offer_list.md')
def doc = page.getText('UTF-8')
assert doc.contains('分页大小，最大为 200'): 'the doc snapshot no longer has the fragment this scenario edits'
doc = doc.replaceFirst(java.util.regex.Pattern.quote('分页大小，最大为 200'), java.util.regex.Matcher.quoteReplacement('分页大小，最大为 100'))
assert doc.contains('**默认值**：`10`'): 'the doc snapshot no longer has the fragment this scenario edits'
doc = doc.replaceFirst(java.util.regex.Pattern.quote('**默认值**：`10`'), java.util.regex.Matcher.quoteReplacement('**默认值**：`20`'))
page.setText(doc, 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
