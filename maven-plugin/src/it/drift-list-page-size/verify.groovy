def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
// every page the spec names is checked
def pages = checkDoc.namedPages(specFile).size()
checkDoc.verify(basedir, [
  '[ERROR] src/main/openapi/upstream/offer_list.md:42: #/paths/~1open-apis~1hire~1v1~1offers/get/parameters/1/schema/default: changed default of query parameter page_size from "10" to "20"',
  '[ERROR] src/main/openapi/upstream/offer_list.md:42: #/paths/~1open-apis~1hire~1v1~1offers/get/parameters/1/schema/maximum: changed maximum of query parameter page_size from 200 to 100',
  "check-doc: 2 differences between src/main/openapi/openapi.yaml and ${pages} doc pages",
], true)
return true
