def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
// every page the spec names is checked
def pages = checkDoc.namedPages(specFile).size()
checkDoc.verify(basedir, [
  '[WARNING] src/main/openapi/upstream/intern_offer_status.md:18: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-rate-limit/per-minute: changed rate limit per-minute from 1000 to 2000',
  "[WARNING] check-doc: 1 difference between src/main/openapi/openapi.yaml and ${pages} doc pages (report: target/offer-status/check-doc.json)",
], false)
return true
