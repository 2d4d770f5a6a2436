def log = new File(basedir, 'build.log').getText('UTF-8')
[
  'on project bad-input-missing-doc: check-doc: doc page file src/main/openapi/upstream does not exist',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert !log.contains('\tat '): 'no stack trace'
return true
