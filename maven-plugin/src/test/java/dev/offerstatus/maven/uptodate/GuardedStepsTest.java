package dev.offerstatus.maven.uptodate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.junit.jupiter.api.Test;

class GuardedStepsTest {
  @Test
  void aChangedGeneratorOptionChangesTheStep() throws Exception {
    String before = describe(generator("7.25.0", "<library>retrofit2</library>"));
    String after = describe(generator("7.25.0", "<library>native</library>"));

    assertThat(after).isNotEqualTo(before).contains("<library>native</library>");
  }

  @Test
  void anotherPluginVersionChangesTheStep() throws Exception {
    assertThat(describe(generator("7.26.0", ""))).isNotEqualTo(describe(generator("7.25.0", "")));
  }

  @Test
  void anAddedPluginDependencyChangesTheStep() throws Exception {
    Plugin plugin = generator("7.25.0", "");
    String before = describe(plugin);
    Dependency templates = new Dependency();
    templates.setGroupId("com.example");
    templates.setArtifactId("templates");
    templates.setVersion("1.0");
    plugin.addDependency(templates);

    assertThat(describe(plugin))
        .isNotEqualTo(before)
        .contains("plugin dependency com.example:templates:jar:1.0");
  }

  @Test
  void stepsAreFoundByTheirExecutionIdsInTheOrderGiven() throws Exception {
    Plugin generator = generator("7.25.0", "");
    Plugin shade = plugin("org.apache.maven.plugins", "maven-shade-plugin", "3.6.2", "cli-jar", "");

    assertThat(GuardedSteps.find(List.of(generator, shade), List.of("cli-jar", "generate")))
        .extracting(GuardedSteps.Step::pluginCoordinates)
        .containsExactly(
            "org.apache.maven.plugins:maven-shade-plugin:3.6.2",
            "org.openapitools:openapi-generator-maven-plugin:7.25.0");
  }

  @Test
  void anIdOfNoExecutionIsRejectedWithTheIdsThereAre() throws Exception {
    assertThatThrownBy(
            () -> GuardedSteps.find(List.of(generator("7.25.0", "")), List.of("generat")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no plugin execution of this module has the id \"generat\" (its ids: generate)");
  }

  @Test
  void anIdOfTwoPluginsExecutionsIsRejected() throws Exception {
    Plugin antrun =
        plugin("org.apache.maven.plugins", "maven-antrun-plugin", "3.1.0", "generate", "");

    assertThatThrownBy(
            () -> GuardedSteps.find(List.of(generator("7.25.0", ""), antrun), List.of("generate")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the id \"generate\" names executions of [org.openapitools:openapi-generator-maven-plugin,"
                + " org.apache.maven.plugins:maven-antrun-plugin]: give the one to guard an id of its own");
  }

  @Test
  void noStepsIsRejected() {
    assertThatThrownBy(() -> GuardedSteps.find(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no steps to guard: name the ids of their executions");
  }

  private static String describe(Plugin plugin) {
    return GuardedSteps.find(List.of(plugin), List.of(plugin.getExecutions().get(0).getId()))
        .get(0)
        .description();
  }

  private static Plugin generator(String version, String configuration) throws Exception {
    return plugin(
        "org.openapitools", "openapi-generator-maven-plugin", version, "generate", configuration);
  }

  private static Plugin plugin(
      String groupId, String artifactId, String version, String id, String configuration)
      throws IOException, XmlPullParserException {
    Plugin plugin = new Plugin();
    plugin.setGroupId(groupId);
    plugin.setArtifactId(artifactId);
    plugin.setVersion(version);
    PluginExecution execution = new PluginExecution();
    execution.setId(id);
    execution.addGoal("run");
    execution.setConfiguration(
        Xpp3DomBuilder.build(
            new StringReader("<configuration>" + configuration + "</configuration>")));
    plugin.addExecution(execution);
    return plugin;
  }
}
