def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:18: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-rate-limit/per-minute: changed rate limit per-minute from 1000 to 2000',
], true)
return true
