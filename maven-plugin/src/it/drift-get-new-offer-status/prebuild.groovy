// Feishu adds an offer_status value: the project's spec, every page it names, and offer_get.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/offer_get.md', [
    '- 13：实习已离职（仅实习 Offer 具有）\noffer_type': '- 13：实习已离职（仅实习 Offer 具有）  \n- 14：实习已转正（仅实习 Offer 具有）\noffer_type',
])
return true
