// the endpoint moves to v2: the project's spec, and the doc snapshot with one edit.
// every doc page the spec names (its x-upstream-doc snapshots), unchanged; a scenario edits one
def named = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique()
named.each { page ->
  def copy = new File(basedir, "src/main/openapi/${page}")
  copy.parentFile.mkdirs()
  copy.setText(new File(new File(specFile).parentFile, page).getText('UTF-8'), 'UTF-8')
}
def doc = new File(docFile).getText('UTF-8')
def from = 'hire/v1/offers/:offer_id/intern_offer_status'
assert doc.contains(from): 'the doc snapshot no longer has the fragment this scenario edits'
def upstream = new File(basedir, 'src/main/openapi/upstream')
upstream.mkdirs()
new File(upstream, 'intern_offer_status.md').setText(doc.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement('hire/v2/offers/:offer_id/intern_offer_status')), 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
