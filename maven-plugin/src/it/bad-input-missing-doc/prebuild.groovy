// No doc snapshot where the spec says its pages are: one message naming the first.
new File(basedir, 'src/main/openapi').mkdirs()
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
