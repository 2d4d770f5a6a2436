def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:63: #/components/schemas/InternOfferOffboardingInfo/properties: added request field offboarding_info.reason_code (integer, optional)',
], true)
return true
