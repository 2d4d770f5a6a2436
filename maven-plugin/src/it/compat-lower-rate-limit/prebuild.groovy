// The spec lowers x-rate-limit per-second (an extension openapi-diff ignores): backward-incompatible.
def spec = new File(specFile).getText('UTF-8')
assert spec.contains('        per-second: 50\n')
new File(basedir, 'src/main/openapi/previous').mkdirs()
new File(basedir, 'src/main/openapi/previous/openapi.yaml').setText(spec, 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(spec.replaceFirst('        per-second: 50\n', '        per-second: 40\n'), 'UTF-8')
return true
