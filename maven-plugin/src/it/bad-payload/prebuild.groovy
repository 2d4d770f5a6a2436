// Consumer fixtures: an offboarding date not after the onboarding date (.json), an offer id of
// two path segments (.http), an offer sent without its expiration date (.http, updateOfferStatus).
new File(basedir, 'src/main/openapi').mkdirs()
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
