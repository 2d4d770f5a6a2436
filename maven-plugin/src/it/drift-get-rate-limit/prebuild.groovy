// getOffer gets a lower rate limit: the project's spec, every page it names, and offer_get.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/offer_get.md', [
    '[20 次/秒]': '[10 次/秒]',
])
return true
