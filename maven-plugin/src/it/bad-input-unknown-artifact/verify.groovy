def log = new File(basedir, 'build.log').getText('UTF-8')
[
  'on project bad-input-unknown-artifact: check-compat: cannot resolve previousArtifact dev.offerstatus:no-such-spec:9.9.9: ',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert !log.contains('\tat '): 'no stack trace'
return true
