def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:16: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status: changed path of POST operation internOfferStatus from /open-apis/hire/v1/offers/{offer_id}/intern_offer_status to /open-apis/hire/v2/offers/{offer_id}/intern_offer_status',
], true)
return true
