evaluate(new File(itDir, 'doc-server.groovy')).stop(basedir)
def log = new File(basedir, 'build.log').getText('UTF-8')
def port = (new File(basedir, '.mvn/maven.config').getText('UTF-8') =~ /127\.0\.0\.1:(\d+)/)[0][1]
def expected = "[ERROR] Failed to execute goal dev.offerstatus:offer-status-maven-plugin:${projectVersion}:fetch-doc (default-cli) on project doc-loop-network-failure: fetch-doc: GET http://127.0.0.1:${port}/api/tools/document/detail?fullPath=%2Fserver-docs%2Fhire-v1%2Fcandidate-management%2Fdelivery-process-management%2Foffer%2Fintern_offer_status answered HTTP 503 (2 attempts); page https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/delivery-process-management/offer/intern_offer_status: no snapshot was changed (src/main/openapi/upstream/intern_offer_status.md kept)"
assert log.contains(expected): "build.log lacks: ${expected}"
// every snapshot as it was (offer_get, offer_list and the token page changed upstream, but
// nothing is written unless every page could be fetched), and nothing half-written beside them
def contract = new File(specFile).parentFile
['intern_offer_status', 'offer_get', 'offer_list', 'offer_status', 'tenant_access_token_internal', 'generic_error_codes'].each {
  assert new File(basedir, "src/main/openapi/upstream/${it}.md").getText('UTF-8') == new File(contract, "upstream/${it}.md").getText('UTF-8')
}
assert new File(basedir, 'src/main/openapi/upstream').list().findAll { it.endsWith('.part') }.isEmpty()
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: ')
assert !log.contains('MojoExecutionException')
return true
