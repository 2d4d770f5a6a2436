package dev.offerstatus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link of every Markdown page of the repository resolves, anchors included. */
class DocsLinksTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyRelativeLinkOfTheDocsResolves() {
    assertThat(REPOSITORY.resolve("README.md")).exists();
    assertThat(MarkdownLinks.markdownFiles(REPOSITORY))
        .contains(
            REPOSITORY.resolve("README.md"),
            REPOSITORY.resolve("docs/benchmarks.md"),
            REPOSITORY.resolve("client/README.md"));

    assertThat(MarkdownLinks.check(REPOSITORY)).extracting(Object::toString).isEmpty();
  }

  @Test
  void aBrokenLinkIsNamedWithItsFileLineAndReason(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.createDirectories(root.resolve("target"));
    Files.writeString(
        root.resolve("README.md"),
        String.join(
            "\n",
            "# Guide (`OfferStatusClient`)",
            "",
            "See [the guide](docs/guide.md), [its limits](docs/guide.md#limits-and-rates)",
            "and [setup](docs/guide.md#set-up), [here](#guide-offerstatusclient),",
            "[nowhere](#nowhere), [gone](docs/gone.md), [web](https://example.com/x.md#y),",
            "[out](../outside.md), ![logo](<docs/logo.png>), `[code](docs/code.md)`.",
            "",
            "```",
            "[in a code block](docs/block.md)",
            "```",
            "",
            "[ref]: docs/missing.md",
            ""));
    Files.writeString(
        root.resolve("docs/guide.md"),
        String.join(
            "\n",
            "# Guide",
            "## Limits and rates",
            "## Limits and rates",
            "See [the second](#limits-and-rates-1) and [a third](#limits-and-rates-2).",
            "[Back](../README.md#guide-offerstatusclient), [file](../README.md#x).",
            ""));
    Files.writeString(root.resolve("target/ignored.md"), "[built](nothing.md)\n");

    assertThat(MarkdownLinks.check(root))
        .extracting(Object::toString)
        .containsExactly(
            "README.md:4: (docs/guide.md#set-up): no heading with the anchor #set-up in"
                + " docs/guide.md",
            "README.md:5: (#nowhere): no heading with the anchor #nowhere in README.md",
            "README.md:5: (docs/gone.md): no file docs/gone.md",
            "README.md:6: (../outside.md): points outside the repository",
            "README.md:6: (<docs/logo.png>): no file docs/logo.png",
            "README.md:12: (docs/missing.md): no file docs/missing.md",
            "docs/guide.md:4: (#limits-and-rates-2): no heading with the anchor"
                + " #limits-and-rates-2 in docs/guide.md",
            "docs/guide.md:5: (../README.md#x): no heading with the anchor #x in README.md");
  }

  @Test
  void slugsFollowGitHub() {
    assertThat(MarkdownLinks.slug("Client (`OfferStatusClient`)"))
        .isEqualTo("client-offerstatusclient");
    assertThat(MarkdownLinks.slug("Command line (`cli`, `./offer-status`)"))
        .isEqualTo("command-line-cli-offer-status");
    assertThat(
            MarkdownLinks.slug(
                "In production: logging, metrics and tracing, your own OkHttpClient"))
        .isEqualTo("in-production-logging-metrics-and-tracing-your-own-okhttpclient");
    assertThat(MarkdownLinks.slug("Why Jedis (8.0.2), not Lettuce"))
        .isEqualTo("why-jedis-802-not-lettuce");
    assertThat(MarkdownLinks.slug("The [BOM](x.md) and x_y")).isEqualTo("the-bom-and-x_y");
    assertThat(MarkdownLinks.slug("规则 / rules")).isEqualTo("规则--rules");
  }
}
