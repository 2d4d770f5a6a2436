// The project's copy of the contract: the spec and the doc snapshot, unchanged.
// every doc page the spec names, unchanged (check-doc reads them all; a scenario edits one)
new File(upstreamDir).eachFileMatch(~/.*\.md/) { page ->
  def copy = new File(basedir, "src/main/openapi/upstream/${page.name}")
  copy.parentFile.mkdirs()
  copy.setText(page.getText('UTF-8'), 'UTF-8')
}
def openapi = new File(basedir, 'src/main/openapi/upstream')
openapi.mkdirs()
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
new File(openapi, 'intern_offer_status.md').setText(new File(docFile).getText('UTF-8'), 'UTF-8')
return true
