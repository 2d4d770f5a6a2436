def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
// every page the spec names is checked
def pages = checkDoc.namedPages(specFile).size()
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/offer_list.md:69: #/components/schemas/OfferJobInfo/properties/job_name: removed response field data.items.job_info.job_name',
  "check-doc: 1 difference between src/main/openapi/openapi.yaml and ${pages} doc pages",
], true)
return true
