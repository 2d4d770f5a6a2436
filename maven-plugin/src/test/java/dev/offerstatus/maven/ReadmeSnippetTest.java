package dev.offerstatus.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.testsupport.Readme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's plugin snippet is exactly what the clean-project integration test runs. */
class ReadmeSnippetTest {
  private static final String HEADING = "## Add the plugin to another project";
  private static final Readme README = Readme.ofThisModule();

  private static String trimmedLines(String text) {
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theReadmeSnippetIsTheCleanProjectsPluginBlockVerbatim() throws Exception {
    String snippet = README.block(HEADING, "xml");
    String pom =
        Files.readString(Path.of("src", "it", "clean-project", "pom.xml"), StandardCharsets.UTF_8);
    assertThat(snippet).startsWith("      <plugin>\n").endsWith("      </plugin>\n");
    assertThat(pom).contains(snippet);
    assertThat(trimmedLines(snippet))
        .contains("<goal>check-doc</goal>", "<goal>lint</goal>", "<goal>validate-payloads</goal>")
        .contains("<goal>check-compat</goal>");
  }

  @Test
  void theReadmesPayloadFixturesAreTheCleanProjectsVerbatim() throws Exception {
    Path fixtures =
        Path.of("src", "it", "clean-project", "src", "test", "resources", "offer-status-payloads");
    assertThat(README.block(HEADING, "http"))
        .isEqualTo(Files.readString(fixtures.resolve("update-offer-status.http")));
    assertThat(README.block(HEADING, "json"))
        .isEqualTo(Files.readString(fixtures.resolve("confirm-onboarding.json")));
  }

  @Test
  void theCleanProjectRunsEveryGoalOfThePlugin() throws Exception {
    List<String> goals = List.of("check-doc", "lint", "validate-payloads", "check-compat");
    String pom =
        Files.readString(Path.of("src", "it", "clean-project", "pom.xml"), StandardCharsets.UTF_8);
    goals.forEach(goal -> assertThat(pom).contains("<goal>" + goal + "</goal>"));
  }
}
