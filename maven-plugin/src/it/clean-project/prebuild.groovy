// The project's copy of the contract: the spec and the doc snapshot, unchanged.
def openapi = new File(basedir, 'src/main/openapi/upstream')
openapi.mkdirs()
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
new File(openapi, 'intern_offer_status.md').setText(new File(docFile).getText('UTF-8'), 'UTF-8')
return true
