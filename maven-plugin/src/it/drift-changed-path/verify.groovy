def log = new File(basedir, 'build.log').getText('UTF-8')
[
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:16: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status: changed path of POST operation internOfferStatus from /open-apis/hire/v1/offers/{offer_id}/intern_offer_status to /open-apis/hire/v2/offers/{offer_id}/intern_offer_status',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert !log.contains('\tat '): 'no stack trace for a drift'
return true
