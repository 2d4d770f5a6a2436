def log = new File(basedir, 'build.log').getText('UTF-8')
[
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:63: #/components/schemas/InternOfferOffboardingInfo/properties: added request field offboarding_info.reason_code (integer, optional)',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert !log.contains('\tat '): 'no stack trace for a drift'
return true
