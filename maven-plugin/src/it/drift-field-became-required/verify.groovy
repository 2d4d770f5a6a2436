def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:61: #/components/schemas/InternOfferOffboardingInfo/required: changed request field offboarding_info.notes from optional to required',
], true)
return true
