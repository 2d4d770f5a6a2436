package dev.offerstatus.maven.uptodate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.maven.uptodate.UpToDate.ArtifactFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateTest {
  private static final String OWN = "dev.offerstatus:offer-status-maven-plugin";

  @TempDir Path dir;

  @Test
  void aReleasedJarFromTheLocalRepositoryCountsByItsCoordinatesNotItsContent() throws IOException {
    Path jar = write("repository/com/example/lib/1.0/lib-1.0.jar", "one");
    ArtifactFile lib = new ArtifactFile("com.example:lib:jar:1.0", false, jar);
    Fingerprint before = check(config(List.of(lib), List.of(), Map.of())).fingerprint();
    write("repository/com/example/lib/1.0/lib-1.0.jar", "two");

    assertThat(check(config(List.of(lib), List.of(), Map.of())).fingerprint()).isEqualTo(before);
  }

  @Test
  void aSnapshotAndAJarFromElsewhereCountByTheirContent() throws IOException {
    Path snapshot = write("repository/com/example/lib/1.0-SNAPSHOT/lib-1.0-SNAPSHOT.jar", "one");
    Path reactor = write("client/target/classes/A.class", "one");
    List<ArtifactFile> classpath =
        List.of(
            new ArtifactFile("com.example:lib:jar:1.0-SNAPSHOT", true, snapshot),
            new ArtifactFile("dev.offerstatus:client:jar:1.0", false, reactor.getParent()));
    Fingerprint before = check(config(classpath, List.of(), Map.of())).fingerprint();
    write("repository/com/example/lib/1.0-SNAPSHOT/lib-1.0-SNAPSHOT.jar", "two");
    write("client/target/classes/A.class", "two");

    assertThat(check(config(classpath, List.of(), Map.of())).fingerprint().differencesFrom(before))
        .containsExactly(
            "changed classpath com.example:lib:jar:1.0-SNAPSHOT",
            "changed classpath dev.offerstatus:client:jar:1.0");
  }

  @Test
  void thisPluginsClassPathCountsForItsOwnStepsOnly() throws IOException {
    Path pluginJar = write("maven-plugin/target/plugin.jar", "one");
    List<ArtifactFile> pluginClassPath =
        List.of(new ArtifactFile(OWN + ":maven-plugin:1.0-SNAPSHOT", true, pluginJar));
    UpToDate.Config ownStep =
        config(
            plugin(OWN, "1.0-SNAPSHOT", "check-contract"),
            List.of(),
            List.of(),
            pluginClassPath,
            Map.of());

    assertThat(check(ownStep).fingerprint().lines())
        .extracting(l -> l.substring(66))
        .containsExactly(
            "step check-contract",
            "step check-contract plugin class path " + OWN + ":maven-plugin:1.0-SNAPSHOT");
    assertThat(check(config(List.of(), pluginClassPath, Map.of())).fingerprint().lines())
        .extracting(l -> l.substring(66))
        .containsExactly("step cli-jar");
  }

  @Test
  void aStepOfAnotherSnapshotPluginIsRefusedItsContentIsUnseen() {
    UpToDate.Config config =
        config(
            plugin("org.openapitools:openapi-generator-maven-plugin", "8.0.0-SNAPSHOT", "generate"),
            List.of(),
            List.of(),
            List.of(),
            Map.of());

    assertThatThrownBy(() -> UpToDate.check(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "step \"generate\" runs org.openapitools:openapi-generator-maven-plugin:8.0.0-SNAPSHOT,"
                + " whose content this goal cannot see: guard only steps of released plugins or of "
                + OWN);
  }

  @Test
  void aSkipGivenOnTheCommandLineIsAnInputSoTheNextBuildWithoutItRunsTheSteps() throws IOException {
    UpToDate.Result byHand = check(config(List.of(), List.of(), Map.of("cli.shade.skip", "true")));
    byHand.stamp().write(byHand.fingerprint());

    assertThat(check(config(List.of(), List.of(), Map.of())).decision())
        .isEqualTo(new Stamp.Decision(false, List.of("gone command line cli.shade.skip")));
  }

  @Test
  void inputsAreNamedRelativeToTheModule() throws IOException {
    write("src/main/openapi/openapi.yaml", "openapi: 3.0.3\n");
    UpToDate.Config config =
        config(
            shade(),
            List.of(dir.resolve("src/main/openapi"), dir.resolve("pom.xml")),
            List.of(),
            List.of(),
            Map.of());

    assertThat(check(config).fingerprint().lines())
        .extracting(l -> l.substring(l.indexOf("  ") + 2))
        .containsExactly("file pom.xml", "file src/main/openapi/openapi.yaml", "step cli-jar");
  }

  private UpToDate.Result check(UpToDate.Config config) throws IOException {
    return UpToDate.check(config);
  }

  /** The CLI's shading step, with the class path, the plugin's class path and skips given. */
  private UpToDate.Config config(
      List<ArtifactFile> classpath,
      List<ArtifactFile> pluginClassPath,
      Map<String, String> commandLine) {
    return config(shade(), List.of(), classpath, pluginClassPath, commandLine);
  }

  private UpToDate.Config config(
      Plugin plugin,
      List<Path> inputs,
      List<ArtifactFile> classpath,
      List<ArtifactFile> pluginClassPath,
      Map<String, String> commandLine) {
    return new UpToDate.Config(
        List.of(plugin.getExecutions().get(0).getId()),
        List.of(plugin),
        inputs,
        classpath,
        OWN,
        pluginClassPath,
        commandLine,
        List.of(),
        dir.resolve("target/stamps/up-to-date"),
        dir,
        dir.resolve("repository"));
  }

  private static Plugin shade() {
    return plugin("org.apache.maven.plugins:maven-shade-plugin", "3.6.2", "cli-jar");
  }

  private static Plugin plugin(String key, String version, String executionId) {
    Plugin plugin = new Plugin();
    plugin.setGroupId(key.substring(0, key.indexOf(':')));
    plugin.setArtifactId(key.substring(key.indexOf(':') + 1));
    plugin.setVersion(version);
    PluginExecution execution = new PluginExecution();
    execution.setId(executionId);
    plugin.addExecution(execution);
    return plugin;
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
