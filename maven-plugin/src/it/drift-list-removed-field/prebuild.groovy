// a list item loses its job name: the project's spec, every page it names, and offer_list.md with one edit.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
checkDoc.edit(basedir, 'upstream/offer_list.md', [
    'job_name | string | Offer 职位名称\n': '',
])
return true
