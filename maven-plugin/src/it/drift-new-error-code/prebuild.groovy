// Feishu documents a new error code: the project's spec, every page it names, and intern_offer_status.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/intern_offer_status.md', [
    '| 检查该实习 Offer 的入职状态是否支持该操作': '| 检查该实习 Offer 的入职状态是否支持该操作\n500 | 1002069 | 实习离职状态错误 | 检查该实习 Offer 的离职状态',
])
return true
