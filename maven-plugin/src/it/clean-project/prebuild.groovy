// The project's copy of the contract: the spec and the doc snapshot, unchanged.
// every doc page the spec names (its x-upstream-doc snapshots), unchanged; a scenario edits one
def named = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique()
named.each { page ->
  def copy = new File(basedir, "src/main/openapi/${page}")
  copy.parentFile.mkdirs()
  copy.setText(new File(new File(specFile).parentFile, page).getText('UTF-8'), 'UTF-8')
}
def openapi = new File(basedir, 'src/main/openapi/upstream')
openapi.mkdirs()
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
new File(openapi, 'intern_offer_status.md').setText(new File(docFile).getText('UTF-8'), 'UTF-8')
return true
