// The response gains an optional field: compatible, the build passes.
def spec = new File(specFile).getText('UTF-8')
def from = '        offer_id:\n          type: string\n          description: Offer ID.\n'
assert spec.contains(from)
new File(basedir, 'src/main/openapi/previous').mkdirs()
new File(basedir, 'src/main/openapi/previous/openapi.yaml').setText(spec, 'UTF-8')
new File(basedir, 'src/main/openapi/openapi.yaml').setText(spec.replace(from, from + '        operator_id:\n          type: string\n          description: Who changed the status.\n'), 'UTF-8')
return true
