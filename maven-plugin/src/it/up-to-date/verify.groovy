// Each build's log (build-N.log) says whether the guarded step ran, and why: whole lines.
def log = { int n -> new File(basedir, "build-${n}.log").getText('UTF-8') }
def guard = { String why -> "[INFO] up-to-date: lint-spec ${why}".toString() }
def ran = '[INFO] lint: 0 problems in src/main/openapi/openapi.yaml (report: target/offer-status/lint.json)'
def skipped = '[INFO] lint skipped'
def noStamp = 'no stamp of an earlier run (target/stamps/up-to-date)'
def expected = [
    1: [guard("run: output target/offer-status/lint.json is missing; ${noStamp}"), ran],
    2: [guard('skipped: inputs unchanged since the last run'), skipped],
    3: [guard('run: new command line offerStatus.lint.skip; changed file src/main/openapi/openapi.yaml'), skipped],
    4: [guard('run: gone command line offerStatus.lint.skip'), ran],
    5: [guard('run: changed step lint-spec'), ran],
    6: [guard('run: changed step lint-spec plugin class path dev.offerstatus.it:plugin-extra:jar:1.0-SNAPSHOT'), ran],
    7: [guard('run: output target/offer-status/lint.json is missing'), ran],
    8: [guard('run: changed file src/main/openapi/openapi.yaml'), '[INFO] BUILD FAILURE'],
    9: [guard("run: ${noStamp}"), '[INFO] BUILD FAILURE'],
    10: [guard("run: ${noStamp}"), ran],
]
expected.each { n, lines ->
  def text = log(n)
  lines.each { assert text.readLines().contains(it): "build-${n}.log lacks the line: ${it}" }
  if (n in [8, 9]) {
    assert text.contains('on project up-to-date: lint: src/main/openapi/openapi.yaml:2:1: malformed YAML: '): "build-${n}.log: the step did not fail on the spec"
  } else {
    assert !text.contains('[ERROR]'): "build-${n}.log has an error"
  }
  // the step is skipped in 2 (nothing changed) and 3 (by hand) only
  assert text.readLines().contains(skipped) == (n in [2, 3]): "build ${n}"
}
return true
