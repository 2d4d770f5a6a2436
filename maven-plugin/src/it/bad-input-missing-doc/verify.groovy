def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  'on project bad-input-missing-doc: check-doc: src/main/openapi/openapi.yaml: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-upstream-doc/snapshot: the doc page src/main/openapi/upstream/intern_offer_status.md does not exist',
], true)
return true
