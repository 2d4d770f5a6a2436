// A doc page that is not a Feishu API page: the 请求 table lacks its HTTP URL row. It stands
// where the spec names the list page, beside the other pages, unchanged.
// every doc page the spec names, unchanged (check-doc reads them all; a scenario edits one)
new File(upstreamDir).eachFileMatch(~/.*\.md/) { page ->
  def copy = new File(basedir, "src/main/openapi/upstream/${page.name}")
  copy.parentFile.mkdirs()
  copy.setText(page.getText('UTF-8'), 'UTF-8')
}
def upstream = new File(basedir, 'src/main/openapi/upstream')
new File(upstream, 'offer_list.md').setText('# Notes\n\n## 请求\n\n名称 | 值\n---|---\n作者 | someone\n', 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
