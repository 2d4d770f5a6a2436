// Feishu adds an operation value: the project's spec, every page it names, and intern_offer_status.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/intern_offer_status.md', [
    '- offboard：操作离职\nonboarding_info': '- offboard：操作离职  \n- transfer：转正\nonboarding_info',
])
return true
