package dev.offerstatus.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's plugin snippet is exactly what the clean-project integration test runs. */
class ReadmeSnippetTest {
  private static final String HEADING = "## Add the plugin to another project";

  private static String readmeSnippet() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(HEADING);
    assertThat(section).as("README section %s", HEADING).isNotNegative();
    int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end);
  }

  private static String trimmedLines(String text) {
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theReadmeSnippetIsTheCleanProjectsPluginBlockVerbatim() throws Exception {
    String snippet = readmeSnippet();
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
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Path fixtures =
        Path.of("src", "it", "clean-project", "src", "test", "resources", "offer-status-payloads");
    assertThat(block(readme, "```http\n"))
        .isEqualTo(Files.readString(fixtures.resolve("update-offer-status.http")));
    assertThat(block(readme, "```json\n"))
        .isEqualTo(Files.readString(fixtures.resolve("confirm-onboarding.json")));
  }

  private static String block(String readme, String fence) {
    int start = readme.indexOf(fence, readme.indexOf(HEADING));
    assertThat(start).as(fence).isNotNegative();
    start += fence.length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theCleanProjectRunsEveryGoalOfThePlugin() throws Exception {
    List<String> goals = List.of("check-doc", "lint", "validate-payloads", "check-compat");
    String pom =
        Files.readString(Path.of("src", "it", "clean-project", "pom.xml"), StandardCharsets.UTF_8);
    goals.forEach(goal -> assertThat(pom).contains("<goal>" + goal + "</goal>"));
  }
}
