package dev.offerstatus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What the POMs repeat on purpose stays equal: the BOM (no parent, so that importing it pins this
 * toolkit's artifacts and nothing else) against the modules and the root POM, and each jar's own
 * Automatic-Module-Name.
 */
class ModulePomsTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final String BOM = "offer-status-bom";

  @Test
  void theBomManagesEveryPublishedModuleAndNothingElse() throws Exception {
    List<String> published = new ArrayList<>();
    for (String module : modules()) {
      Document pom = pom(module);
      if (!module.equals(BOM)
          && !"true".equals(text(pom, "/project/properties/maven.deploy.skip"))) {
        published.add(text(pom, "/project/artifactId"));
      }
    }
    Document bom = pom(BOM);

    assertThat(texts(bom, "/project/dependencyManagement/dependencies/dependency/artifactId"))
        .containsExactlyInAnyOrderElementsOf(published);
    assertThat(texts(bom, "/project/dependencyManagement/dependencies/dependency/version"))
        .containsOnly("${project.version}");
    assertThat(texts(bom, "/project/dependencyManagement/dependencies/dependency/groupId"))
        .containsOnly("dev.offerstatus");
    assertThat(text(bom, "/project/version")).isEqualTo(text(pom(""), "/project/version"));
  }

  @Test
  void theBomBuildsWithTheRootPomsPluginVersions() throws Exception {
    Map<String, String> rootVersions = pluginVersions(pom(""));
    Map<String, String> bomVersions = pluginVersions(pom(BOM));

    assertThat(bomVersions).isNotEmpty();
    bomVersions.forEach(
        (property, version) ->
            assertThat(rootVersions).as(BOM + "/pom.xml").containsEntry(property, version));
    // every plugin the BOM's build runs has its version pinned by one of those properties
    assertThat(
            texts(pom(BOM), "//plugins/plugin/version|//pluginManagement/plugins/plugin/version"))
        .allSatisfy(version -> assertThat(bomVersions).containsKey(unwrap(version)));
  }

  @Test
  void everyJarModuleNamesItsOwnJavaModule() throws Exception {
    Map<String, String> names = new TreeMap<>();
    for (String module : modules()) {
      Document pom = pom(module);
      String packaging = text(pom, "/project/packaging");
      if (packaging.isEmpty() || packaging.equals("jar") || packaging.equals("maven-plugin")) {
        names.put(module, text(pom, "/project/properties/automatic.module.name"));
      }
    }

    assertThat(names).hasSize(modules().size() - 1);
    assertThat(names.values())
        .allMatch(name -> name.startsWith("dev.offerstatus."))
        .doesNotHaveDuplicates();
    assertThat(names.values())
        .doesNotContain(text(pom(""), "/project/properties/automatic.module.name"));
  }

  private static List<String> modules() throws Exception {
    return texts(pom(""), "/project/modules/module");
  }

  private static Map<String, String> pluginVersions(Document pom) throws Exception {
    Map<String, String> versions = new TreeMap<>();
    NodeList properties =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("/project/properties/*", pom, XPathConstants.NODESET);
    for (int i = 0; i < properties.getLength(); i++) {
      String name = properties.item(i).getNodeName();
      if (name.endsWith("-plugin.version")) {
        versions.put(name, properties.item(i).getTextContent().trim());
      }
    }
    return versions;
  }

  private static String unwrap(String version) {
    return version.startsWith("${") && version.endsWith("}")
        ? version.substring(2, version.length() - 1)
        : version;
  }

  private static Document pom(String module) throws Exception {
    Path file =
        module.isEmpty()
            ? REPOSITORY.resolve("pom.xml")
            : REPOSITORY.resolve(module).resolve("pom.xml");
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static String text(Document pom, String path) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(path, pom).trim();
  }

  private static List<String> texts(Document pom, String path) throws Exception {
    NodeList nodes =
        (NodeList)
            XPathFactory.newInstance().newXPath().evaluate(path, pom, XPathConstants.NODESET);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent().trim());
    }
    return values;
  }
}
