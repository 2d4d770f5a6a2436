// the rate limit doubles: the project's spec, every page it names, and intern_offer_status.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/intern_offer_status.md', [
    '1000 次/分钟、50 次/秒': '2000 次/分钟、50 次/秒',
])
return true
