// The nightly job as it ships (docs/doc-update-loop.sh, unchanged; only DOC_BASE_URL points at a
// loopback doc site) in a git repository laid out like this one: the toolkit's REAL contract
// folder under spec/, a spec module whose build runs check-doc and lint, and a maven-plugin
// module. `./mvnw` there is this build's Maven with the IT's local repository (offline: the
// plugin under test is installed there, everything else is read from the user's repository).
// Upstream, the intern offer status page gained an error code; every other page is unchanged.
def docServer = evaluate(new File(itDir, 'doc-server.groovy'))
def contract = new File(specFile).parentFile
def repo = new File(basedir, 'repo')
def kit = new File(repo, 'spec/src/main/resources/META-INF/offer-status-kit')
new File(kit, 'upstream').mkdirs()
new File(kit, 'openapi.yaml').setText(new File(specFile).getText('UTF-8'), 'UTF-8')
new File(contract, 'upstream').eachFileMatch(~/.*\.md/) { page ->
  new File(kit, "upstream/${page.name}").setText(page.getText('UTF-8'), 'UTF-8')
}
new File(repo, 'docs').mkdirs()
def script = new File(itDir, '../../../docs/doc-update-loop.sh')
new File(repo, 'docs/doc-update-loop.sh').setText(script.getText('UTF-8'), 'UTF-8')

// The script installs the plugin module offline: each POM pins the install plugin this build
// resolved, so that Maven's default version need not be in the local repository.
def pom = { String artifactId, String modules, String plugins ->
  """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.offerstatus.it.nightly</groupId>
  <artifactId>${artifactId}</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
${modules}
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-install-plugin</artifactId>
          <version>${installPluginVersion}</version>
        </plugin>
      </plugins>
    </pluginManagement>
    <plugins>${plugins}</plugins>
  </build>
</project>
"""
}
new File(repo, 'pom.xml').setText(pom('nightly', '  <modules><module>spec</module><module>maven-plugin</module></modules>', ''), 'UTF-8')
new File(repo, 'maven-plugin').mkdirs()
new File(repo, 'maven-plugin/pom.xml').setText(pom('nightly-plugin', '', ''), 'UTF-8')
new File(repo, 'spec/pom.xml').setText(pom('nightly-spec', '', """
      <plugin>
        <groupId>dev.offerstatus</groupId>
        <artifactId>offer-status-maven-plugin</artifactId>
        <version>${projectVersion}</version>
        <configuration>
          <spec>\${project.basedir}/src/main/resources/META-INF/offer-status-kit/openapi.yaml</spec>
        </configuration>
        <executions>
          <execution>
            <goals><goal>check-doc</goal><goal>lint</goal></goals>
            <phase>validate</phase>
          </execution>
        </executions>
      </plugin>
"""), 'UTF-8')

def maven = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def userRepository = System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository"
def mvnw = new File(repo, 'mvnw')
mvnw.setText("#!/bin/sh\nexec '${maven}' -o -Dmaven.repo.local='${localRepositoryPath}' -Dmaven.repo.local.tail='${userRepository}' \"\$@\"\n", 'UTF-8')
mvnw.setExecutable(true)

def git = { String... args ->
  def p = (['git'] + args.toList()).execute(null, repo)
  p.waitForProcessOutput(System.out, System.err)
  assert p.exitValue() == 0: "git ${args.join(' ')} failed"
}
git('init', '-q', '-b', 'main')
git('config', 'user.email', 'nightly@example.invalid')
git('config', 'user.name', 'nightly')
new File(repo, '.gitignore').setText('target/\n', 'UTF-8')
git('add', '-A')
git('commit', '-q', '-m', 'the toolkit as it is')

// every page the spec names, served unchanged by its fullPath (the part of its source_url after
// /document), whatever pages the spec names
def served = [:]
def spec = new File(specFile).getText('UTF-8')
(spec =~ /(?m)^\s+source_url:\s*(\S+)\s*$\n(?:^\s+last_remote_update:.*$\n)?^\s+snapshot:\s*(\S+)\s*$/).each { m ->
  def v = docServer.vendored(new File(contract, m[2]))
  served[m[1].substring(m[1].indexOf('/document') + '/document'.length())] = [200, v[0], v[1]]
}
def internPage = served.keySet().find { it.endsWith('/offer/intern_offer_status') }
def changed = served[internPage]
def row = '400 | 1002002 | 参数错误 | 检查参数是否正确，例如类型，大小\n'
assert changed[1].contains(row)
served[internPage] = [200, changed[1].replace(row, row + '400 | 1002003 | 参数缺失 | 补全参数\n'), 1735776000000L]
docServer.start(basedir, served)
return true
