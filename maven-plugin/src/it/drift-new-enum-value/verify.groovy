def log = new File(basedir, 'build.log').getText('UTF-8')
[
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:50: #/components/schemas/Operation/enum: added enum value "transfer" of request field operation',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert !log.contains('\tat '): 'no stack trace for a drift'
return true
