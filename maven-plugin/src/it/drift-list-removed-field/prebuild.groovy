// a list item loses its job name: the project's spec, every page it names, and offer_list.md with an edit.
// every doc page the spec names (its x-upstream-doc snapshots), unchanged; a scenario edits one
def named = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique()
named.each { page ->
  def copy = new File(basedir, "src/main/openapi/${page}")
  copy.parentFile.mkdirs()
  copy.setText(new File(new File(specFile).parentFile, page).getText('UTF-8'), 'UTF-8')
}
def page = new File(basedir, 'src/main/openapi/upstream/offer_list.md')
def doc = page.getText('UTF-8')
assert doc.contains('job_name | string | Offer 职位名称\n'): 'the doc snapshot no longer has the fragment this scenario edits'
doc = doc.replaceFirst(java.util.regex.Pattern.quote('job_name | string | Offer 职位名称\n'), java.util.regex.Matcher.quoteReplacement(''))
page.setText(doc, 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
