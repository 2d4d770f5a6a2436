def docServer = evaluate(new File(itDir, 'doc-server.groovy'))
def repo = new File(basedir, 'repo')
def port = (new File(basedir, '.mvn/maven.config').getText('UTF-8') =~ /127\.0\.0\.1:(\d+)/)[0][1]
def out = new StringBuilder()
int exit
try {
  def builder = new ProcessBuilder('bash', 'docs/doc-update-loop.sh').directory(repo).redirectErrorStream(true)
  builder.environment().remove('GH_TOKEN')
  builder.environment().put('DOC_BASE_URL', "http://127.0.0.1:${port}".toString())
  def process = builder.start()
  process.inputStream.eachLine('UTF-8') { out.append(it).append('\n') }
  exit = process.waitFor()
} finally {
  docServer.stop(basedir)
}
new File(basedir, 'nightly.log').setText(out.toString(), 'UTF-8')
def log = out.toString()
assert exit == 0: "the nightly script failed (exit ${exit}); see nightly.log"

[
  // check-sdk ran on the newest SDK the repository holds; differences are warnings
  '[WARNING] check-sdk: 3 differences between ',
  '[INFO] fetch-doc: src/main/resources/META-INF/offer-status-kit/upstream/intern_offer_status.md updated (last_remote_update 2025-01-02, ',
  '[INFO] fetch-doc: src/main/resources/META-INF/offer-status-kit/upstream/generic_error_codes.md unchanged (',
  // propose read every page the spec names, the generic error-code page in its role
  '[INFO] check-doc: 0 differences between src/main/resources/META-INF/offer-status-kit/openapi.yaml and 5 doc pages',
  '[INFO] lint: 0 problems in src/main/resources/META-INF/offer-status-kit/openapi.yaml',
].each { assert log.contains(it): "the nightly log lacks: ${it}" }
assert !log.contains('no table under a')
def branch = (log =~ /doc-update-loop: committed on (doc-update\/\d{4}-\d{2}-\d{2}) \(no gh\/GH_TOKEN: push and open the pull request by hand\)/)
assert branch.find(): 'the nightly log lacks the commit line'
assert log =~ /\[WARNING\] propose: 2 changes proposed \((breaking|compatible)\), 1 left to a person;/

def git = { String... args ->
  def p = (['git'] + args.toList()).execute(null, repo)
  def text = p.text
  assert p.waitFor() == 0
  text
}
assert git('rev-parse', '--abbrev-ref', 'HEAD').trim() == branch.group(1)
def message = git('log', '-1', '--format=%B')
assert message.startsWith('Doc update: proposal from fetch-doc (build passed)\n\n## Doc update of 2025-01-02\n')
assert message.contains('- added error code 1002003 with HTTP status 400 (')
def changedFiles = git('show', '--name-only', '--format=', 'HEAD').readLines().findAll { it }
assert changedFiles.toSet() == [
  'spec/src/main/resources/META-INF/offer-status-kit/CHANGELOG.md',
  'spec/src/main/resources/META-INF/offer-status-kit/openapi.yaml',
  'spec/src/main/resources/META-INF/offer-status-kit/upstream/intern_offer_status.md',
].toSet()
def spec = new File(repo, 'spec/src/main/resources/META-INF/offer-status-kit/openapi.yaml').getText('UTF-8')
assert spec.contains('        - code: 1002003\n          http-status: 400\n          kind: parameter\n')
return true
