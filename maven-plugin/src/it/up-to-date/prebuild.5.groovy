// build 5: the step's configuration changed
def pom = new File(basedir, 'pom.xml')
def text = pom.getText('UTF-8')
assert text.contains('<locale>en</locale>')
pom.setText(text.replace('<locale>en</locale>', '<locale>zh-CN</locale>'), 'UTF-8')
return true
