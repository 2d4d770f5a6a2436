// A doc page that is not a Feishu API page: the 请求 table lacks its HTTP URL row. It stands
// where the spec names the list page, beside the other pages, unchanged.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
checkDoc.copyContract(basedir, specFile)
new File(basedir, 'src/main/openapi/upstream/offer_list.md').setText('# Notes\n\n## 请求\n\n名称 | 值\n---|---\n作者 | someone\n', 'UTF-8')
return true
