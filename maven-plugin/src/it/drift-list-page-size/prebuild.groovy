// listOffers pages change: at most 100, 20 by default: the project's spec, every page it names, and offer_list.md with two edits.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/offer_list.md', [
    '分页大小，最大为 200': '分页大小，最大为 100',
    '**默认值**：`10`': '**默认值**：`20`',
])
return true
