def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/intern_offer_status.md:50: #/components/schemas/Operation/enum: added enum value "transfer" of request field operation',
], true)
return true
