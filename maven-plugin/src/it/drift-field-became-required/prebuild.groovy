// offboarding_info.notes becomes required: the project's spec, every page it names, and intern_offer_status.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/intern_offer_status.md', [
    'notes | string | 否 | 备注': 'notes | string | 是 | 备注',
])
return true
