def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:42: #/components/schemas/InternOfferOffboardingInfo/properties/notes: removed request field offboarding_info.notes',
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:61: #/components/schemas/InternOfferOffboardingInfo/properties: added request field offboarding_info.remark (string, optional)',
], true)
return true
