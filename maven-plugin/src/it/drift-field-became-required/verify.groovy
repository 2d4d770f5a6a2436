def log = new File(basedir, 'build.log').getText('UTF-8')
[
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:61: #/components/schemas/InternOfferOffboardingInfo/required: changed request field offboarding_info.notes from optional to required',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert !log.contains('\tat '): 'no stack trace for a drift'
return true
