// A doc page that is not a Feishu API page: the 请求 table lacks its HTTP URL row. It stands
// where the spec names the list page, beside the other pages, unchanged.
// every doc page the spec names (its x-upstream-doc snapshots), unchanged; a scenario edits one
def named = (new File(specFile).getText('UTF-8') =~ /(?m)^\s+snapshot:\s*['"]?([^'"\s]+\.md)/).collect { it[1] }.unique()
named.each { page ->
  def copy = new File(basedir, "src/main/openapi/${page}")
  copy.parentFile.mkdirs()
  copy.setText(new File(new File(specFile).parentFile, page).getText('UTF-8'), 'UTF-8')
}
def upstream = new File(basedir, 'src/main/openapi/upstream')
new File(upstream, 'offer_list.md').setText('# Notes\n\n## 请求\n\n名称 | 值\n---|---\n作者 | someone\n', 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
