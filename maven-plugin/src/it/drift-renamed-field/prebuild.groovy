// Feishu renames offboarding_info.notes to remark: the project's spec, every page it names, and intern_offer_status.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/intern_offer_status.md', [
    'notes | string | 否 | 备注': 'remark | string | 否 | 备注',
])
return true
