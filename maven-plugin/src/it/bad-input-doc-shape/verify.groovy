def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.verify(basedir, [
  "on project bad-input-doc-shape: check-doc: src/main/openapi/upstream/offer_list.md:5: the 请求 table has no 'HTTP URL' or 'HTTP Method' row: not a Feishu API doc page in the expected shape",
], true)
return true
