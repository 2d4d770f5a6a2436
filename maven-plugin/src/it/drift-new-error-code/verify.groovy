def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:128: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-error-codes: added error code 1002069 with HTTP status 500',
], true)
return true
