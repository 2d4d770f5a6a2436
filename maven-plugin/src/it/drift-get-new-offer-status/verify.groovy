def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
// every page the spec names is checked
def pages = checkDoc.namedPages(specFile).size()
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/offer_get.md:280: #/components/schemas/OfferStatus/enum: added enum value "14" of response field data.offer.offer_status',
  "check-doc: 1 difference between src/main/openapi/openapi.yaml and ${pages} doc pages",
], true)
return true
