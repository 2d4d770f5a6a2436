// The project's copy of the contract: the spec and every doc page it names, unchanged.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
return true
