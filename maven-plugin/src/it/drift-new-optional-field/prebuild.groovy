// Feishu adds an optional field: the project's spec, every page it names, and intern_offer_status.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/intern_offer_status.md', [
    '**示例值**："主动离职"\n': '**示例值**："主动离职"\nreason_code | int | 否 | 离职原因\n',
])
return true
