// A spec that is not YAML: one message with file and line.
new File(basedir, 'src/main/openapi').mkdirs()
new File(basedir, 'src/main/openapi/openapi.yaml').setText('openapi: 3.0.3\npaths: {\n  bad: [\n', 'UTF-8')
return true
