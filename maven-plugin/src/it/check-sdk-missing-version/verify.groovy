// Never a download: the version the repository lacks is named with the path looked at.
def checkDoc = evaluate(new File(itDir, 'check-doc-project.groovy'))
def log = checkDoc.verify(basedir, [
  'on project check-sdk-missing-version: check-sdk: com.larksuite.oapi:oapi-sdk:0.0.1 is not in the local Maven repository ',
  '/com/larksuite/oapi/oapi-sdk/0.0.1/oapi-sdk-0.0.1.jar',
  'check-sdk reads the SDK offline; fetch it first, e.g. mvn dependency:get -Dartifact=com.larksuite.oapi:oapi-sdk:0.0.1',
], true)
return true
