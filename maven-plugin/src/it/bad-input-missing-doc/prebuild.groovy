// Every page the spec names but the intern one: one message naming that page and its pointer.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile) { it.endsWith('/intern_offer_status.md') }
return true
