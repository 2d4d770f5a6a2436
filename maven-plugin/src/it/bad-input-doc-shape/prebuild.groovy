// A doc page that is not a Feishu API page: the 请求 table lacks its HTTP URL row.
def upstream = new File(basedir, 'src/main/openapi/upstream')
upstream.mkdirs()
new File(upstream, 'notes.md').setText('# Notes\n\n## 请求\n\n名称 | 值\n---|---\n作者 | someone\n', 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
