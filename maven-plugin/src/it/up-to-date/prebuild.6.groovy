// build 6: a SNAPSHOT on the plugin's class path changed its content
def jarFile = new File(localRepositoryPath, 'dev/offerstatus/it/plugin-extra/1.0-SNAPSHOT/plugin-extra-1.0-SNAPSHOT.jar')
def jar = new java.util.zip.ZipOutputStream(new FileOutputStream(jarFile))
jar.putNextEntry(new java.util.zip.ZipEntry('plugin-extra.txt'))
jar.write('second'.getBytes('UTF-8'))
jar.close()
return true
