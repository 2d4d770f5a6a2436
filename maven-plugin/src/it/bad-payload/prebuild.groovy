// A consumer fixture whose offboarding date is not after its onboarding date.
new File(basedir, 'src/main/openapi').mkdirs()
new File(basedir, 'src/main/openapi/openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
return true
