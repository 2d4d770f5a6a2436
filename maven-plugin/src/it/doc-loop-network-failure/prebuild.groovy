// The doc site answers 503 for the intern offer status page (the other pages are fine).
def docServer = evaluate(new File(itDir, 'doc-server.groovy'))
def contract = new File(specFile).parentFile
def openapi = new File(basedir, 'src/main/openapi')
new File(openapi, 'upstream').mkdirs()
new File(openapi, 'openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
def pages = [:]
['intern_offer_status', 'offer_get', 'offer_list', 'offer_status', 'tenant_access_token_internal', 'generic_error_codes'].each {
  def file = new File(contract, "upstream/${it}.md")
  new File(openapi, "upstream/${it}.md").setText(file.getText('UTF-8'), 'UTF-8')
  def v = docServer.vendored(file)
  def key = it == 'offer_get' ? '/offer/get' : it == 'offer_list' ? '/offer/list' : it == 'tenant_access_token_internal' ? "/${it}" : it == 'generic_error_codes' ? '/generic-error-code' : "/offer/${it}"
  pages[key.toString()] = [200, v[0], v[1] + 1000]
}
pages['/offer/intern_offer_status'] = [503, null, null]
docServer.start(basedir, pages)
return true
