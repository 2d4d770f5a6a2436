// the endpoint moves to v2: the project's spec, every page it names, and intern_offer_status.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/intern_offer_status.md', [
    'hire/v1/offers/:offer_id/intern_offer_status': 'hire/v2/offers/:offer_id/intern_offer_status',
])
return true
