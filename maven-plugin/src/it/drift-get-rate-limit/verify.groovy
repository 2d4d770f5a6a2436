def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
// every page the spec names is checked
def pages = checkDoc.namedPages(specFile).size()
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/offer_get.md:18: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}/get/x-rate-limit/per-second: changed rate limit per-second from 20 to 10',
  "check-doc: 1 difference between src/main/openapi/openapi.yaml and ${pages} doc pages",
], true)
return true
