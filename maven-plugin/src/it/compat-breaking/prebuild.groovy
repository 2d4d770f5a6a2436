// The spec drops the offboard operation value: backward-incompatible.
def spec = new File(specFile).getText('UTF-8')
assert spec.contains('        - offboard\n')
new File(basedir, 'src/main/openapi/previous').mkdirs()
new File(basedir, 'src/main/openapi/previous/openapi.yaml').setText(spec, 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(spec.replaceFirst('        - offboard\n', ''), 'UTF-8')
return true
