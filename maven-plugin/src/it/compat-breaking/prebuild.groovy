// The spec drops the offboard operation value: backward-incompatible.
def spec = new File(specFile).getText('UTF-8')
assert spec.contains('        - offboard\n')
new File(basedir, 'src/main/openapi/previous').mkdirs()
new File(basedir, 'src/main/openapi/previous/openapi.yaml').setText(spec, 'UTF-8')
// the value goes with its label and constant name (the contract model refuses a label of no value)
assert spec =~ /(?m)^        offboard: / && spec.contains('        - OFFBOARD\n')
def current = spec.replaceFirst('        - offboard\n', '')
    .replaceFirst('(?m)^        offboard: .*\n', '')
    .replaceFirst('        - OFFBOARD\n', '')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(current, 'UTF-8')
return true
