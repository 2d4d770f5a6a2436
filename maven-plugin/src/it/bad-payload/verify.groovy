def log = new File(basedir, 'build.log').getText('UTF-8')
[
  '[ERROR] src/test/resources/offer-status-payloads/offboard-before-onboarding.json: body.offboarding_info.actual_offboarding_date: must be later than onboarding_info.actual_onboarding_date ("2022-03-02"), was "2022-01-01" (rule offboarding-date-after-onboarding-date)',
  '[ERROR] src/test/resources/offer-status-payloads/two-segments.http: offer_id: must be one URL path segment (not blank, no "/", not "." or "..", no control characters), was "7016605170635213100/1" (rule path-segment)',
  '[ERROR] src/test/resources/offer-status-payloads/offer-sent-without-expiration.http: body.expiration_date: is required when offer_status is 6 (rule expiration-date-required-for-offer-sent)',
  'validate-payloads: 3 violations in 4 payload files (report: target/offer-status/validate-payloads.json)',
].each { assert log.contains(it): "build.log lacks: ${it}" }
// The ITs run with -e (showErrors): the failure must be the plugin's own MojoFailureException,
// never an unexpected error (MojoExecutionException, a RuntimeException from the checks).
assert log =~ /(?m)^\s+at \S+ ?\(/: 'no stack trace: is -e (showErrors) still on?'
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: '): 'not a MojoFailureException'
assert !log.contains('MojoExecutionException'): 'an unexpected error'
assert !log.contains('failed unexpectedly'): 'an unexpected error'
return true
