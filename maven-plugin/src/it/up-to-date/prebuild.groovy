// The project's spec, and a SNAPSHOT jar that the plugin's class path carries (plugin-extra).
def openapi = new File(basedir, 'src/main/openapi')
openapi.mkdirs()
new File(openapi, 'openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
def extra = new File(localRepositoryPath, 'dev/offerstatus/it/plugin-extra/1.0-SNAPSHOT')
extra.mkdirs()
new File(extra, 'plugin-extra-1.0-SNAPSHOT.pom').setText('''<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.offerstatus.it</groupId>
  <artifactId>plugin-extra</artifactId>
  <version>1.0-SNAPSHOT</version>
</project>
''', 'UTF-8')
def jar = new java.util.zip.ZipOutputStream(new FileOutputStream(new File(extra, 'plugin-extra-1.0-SNAPSHOT.jar')))
jar.putNextEntry(new java.util.zip.ZipEntry('plugin-extra.txt'))
jar.write('first'.getBytes('UTF-8'))
jar.close()
return true
