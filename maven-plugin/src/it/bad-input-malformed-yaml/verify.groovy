def log = new File(basedir, 'build.log').getText('UTF-8')
[
  'on project bad-input-malformed-yaml: lint: src/main/openapi/openapi.yaml:3:9: malformed YAML: while parsing a flow node; expected the node content, but found \'<stream end>\'',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert !log.contains('\tat '): 'no stack trace'
return true
