package dev.offerstatus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTest {
  private static final String PAGE =
      String.join(
          "\n",
          "# Module",
          "## Use it",
          "Some prose.",
          "```xml",
          "<plugin/>",
          "```",
          "1. a step:",
          "   ```json",
          "   {\"a\": 1}",
          "   ```",
          "<!-- snippet: run -->",
          "```bash",
          "./run   # comment",
          "```",
          "## Unclosed",
          "```java",
          "int x;",
          "");

  @TempDir Path dir;

  private Readme page() throws Exception {
    Path file = dir.resolve("README.md");
    Files.writeString(file, PAGE);
    return Readme.of(file);
  }

  @Test
  void aBlockIsFoundByTheHeadingOrMarkerAboveIt() throws Exception {
    Readme page = page();

    assertThat(page.block("## Use it")).isEqualTo("<plugin/>\n");
    assertThat(page.block("<!-- snippet: run -->")).isEqualTo("./run   # comment\n");
  }

  @Test
  void aBlockOfALanguagePassesOverBlocksOfOthersIndentedOnesIncluded() throws Exception {
    Readme page = page();

    assertThat(page.block("## Use it", "json")).isEqualTo("   {\"a\": 1}\n");
    assertThat(page.block("## Use it", "bash")).isEqualTo("./run   # comment\n");
  }

  @Test
  void aMissingAnchorOrBlockFailsNamingThePageAndWhatWasLookedFor() throws Exception {
    Readme page = page();
    Path file = dir.resolve("README.md");

    assertThatThrownBy(() -> page.block("## Nowhere"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(file + " has no \"## Nowhere\" to find a code block by.");
    assertThatThrownBy(() -> page.block("## Use it", "kotlin"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(file + " has no closed ```kotlin block after \"## Use it\".");
    assertThatThrownBy(() -> page.block("## Unclosed"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(file + " has no closed fenced code block after \"## Unclosed\".");
  }

  @Test
  void thePageShowsCodeHoweverItIsIndentedButNotChangedCode() throws Exception {
    Readme page = page();

    page.assertShows("\n      ./run #   comment\n   ");
    assertThatThrownBy(() -> page.assertShows("./run # another comment"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            dir.resolve("README.md")
                + " does not show this code (whitespace aside):\n./run # another comment\n");
  }

  @Test
  void whitespaceHelpersKeepEverythingElse() {
    assertThat(Readme.oneSpace(" a \n\t b ")).isEqualTo(" a b ");
    assertThat(Readme.withoutWhitespace(" a \n\t b(c) ")).isEqualTo("ab(c)");
  }
}
