// Feishu changes the intern offer status page in every mechanical way at once (served in the
// portal's own <md-table> rendering); offer_get answers unchanged (same update stamp) and
// offer_list answers in a scraper's └/<br> rendering with no change and no stamp; the token
// and offer status pages answer unchanged. The generic error-code page (info's x-upstream-doc)
// answers unchanged too: propose reads it in its role, as check-doc does.
def docServer = evaluate(new File(itDir, 'doc-server.groovy'))
def contract = new File(specFile).parentFile
evaluate(new File(itDir, 'check-doc-project.groovy')).copyContract(basedir, specFile)
def edit = { String text, String from, String to ->
  assert text.contains(from): "the page no longer has: ${from}"
  text.replace(from, to)
}
def page = new File(renderings, 'intern_offer_status.portal.md').getText('UTF-8')
page = edit(page, '<md-enum-item key="offboard" >操作离职</md-enum-item>',
    '<md-enum-item key="offboard" >操作离职</md-enum-item>\n<md-enum-item key="transfer" >转岗</md-enum-item>')
page = edit(page, '50 次/秒', '20 次/秒')
page = edit(page, '/hire/v1/offers/:offer_id/intern_offer_status', '/hire/v2/offers/:offer_id/intern_offer_status')
page = edit(page, 'notes', 'remark')
page = edit(page, '2022-01-01', '2022-02-01')
page = edit(page, '└ actual_offboarding_date</md-text>\n</md-td>\n<md-td>\nstring\n</md-td>\n<md-td>\n是\n',
    '└ actual_offboarding_date</md-text>\n</md-td>\n<md-td>\nstring\n</md-td>\n<md-td>\n否\n')
// 1002001 goes (1002067/1002068 stay: the state machine answers with them, so removing one would
// leave a spec the contract model refuses; SpecProposerTest covers that case)
def removed = page.find(/(?s)<md-tr>\n<md-td>\n500\n<\/md-td>\n<md-td>\n1002001\n.*?<\/md-tr>\n/)
assert removed != null
page = page.replace(removed, '<md-tr>\n<md-td>\n400\n</md-td>\n<md-td>\n1002003\n</md-td>\n<md-td>\n参数缺失\n</md-td>\n<md-td>\n补全参数\n</md-td>\n</md-tr>\n')
def get = docServer.vendored(new File(contract, 'upstream/offer_get.md'))
def token = docServer.vendored(new File(contract, 'upstream/tenant_access_token_internal.md'))
def generic = docServer.vendored(new File(contract, 'upstream/generic_error_codes.md'))
def status = docServer.vendored(new File(contract, 'upstream/offer_status.md'))
def list = new File(renderings, 'offer_list.nested.md').getText('UTF-8')
list = list.substring(list.indexOf('\n---\n', 4) + 5)
docServer.start(basedir, [
  '/offer/intern_offer_status': [200, page, 1735776000000L], // 2025-01-02 08:00 in Beijing
  '/offer/get': [200, get[0], get[1]],
  '/offer/list': [200, list, null],
  '/offer/offer_status': [200, status[0], status[1]],
  '/tenant_access_token_internal': [200, token[0], token[1]],
  '/generic-error-code': [200, generic[0], generic[1]],
])
return true
