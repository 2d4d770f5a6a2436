def log = new File(basedir, 'build.log').getText('UTF-8')
[
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:18: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-rate-limit/per-minute: changed rate limit per-minute from 1000 to 2000',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert !log.contains('\tat '): 'no stack trace for a drift'
return true
