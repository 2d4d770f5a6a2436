def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
// every page the spec names is checked
def pages = checkDoc.namedPages(specFile).size()
checkDoc.verify(basedir, [
  "[INFO] check-doc: 0 differences between src/main/openapi/openapi.yaml and ${pages} doc pages (report: target/offer-status/check-doc.json)",
  '[INFO] lint: 0 problems in src/main/openapi/openapi.yaml (report: target/offer-status/lint.json)',
  '[INFO] validate-payloads: 0 violations in 3 payload files (report: target/offer-status/validate-payloads.json)',
  '[INFO] check-compat: 0 backward-incompatible changes from dev.offerstatus:offer-status-spec:' + projectVersion + ' to src/main/openapi/openapi.yaml (0 changed, 0 new, 0 removed operations) (report: target/offer-status/check-compat.json)',
], false)
['check-doc.json', 'lint.json', 'validate-payloads.json', 'check-compat.json', 'compat.md', 'compat.html'].each {
  assert new File(basedir, "target/offer-status/${it}").isFile(): "missing target/offer-status/${it}"
}
assert new File(basedir, 'target/offer-status/check-doc.json').getText('UTF-8').contains('"passed" : true')
return true
