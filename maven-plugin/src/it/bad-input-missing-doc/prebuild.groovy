// Every page the spec names but the intern one: one message naming that page and its pointer.
def named = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique()
named.findAll { !it.endsWith('/intern_offer_status.md') }.each { page ->
  def copy = new File(basedir, "src/main/openapi/${page}")
  copy.parentFile.mkdirs()
  copy.setText(new File(new File(specFile).parentFile, page).getText('UTF-8'), 'UTF-8')
}
new File(basedir, 'src/main/openapi').mkdirs()
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
