package dev.offerstatus.checks.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.DocCheck;
import dev.offerstatus.checks.doc.FeishuPageParser;
import dev.offerstatus.checks.doc.PageFacts;
import dev.offerstatus.spec.ContractResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same page in three renderings reads the same: the vendored flat tables, a scraper's {@code
 * └}/{@code <br>} pipe tables and the portal's {@code <md-table>} content (fixtures under
 * src/test/resources/renderings/, each converted from the page in /work/shared/docs/feishu; the
 * offer_get page is an excerpt of its first 40 response rows).
 */
class RenderingsTest {
  private static String resource(String name) {
    try (InputStream in = RenderingsTest.class.getResourceAsStream("/renderings/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String frontMatter(String flat) {
    return flat.substring(0, flat.indexOf("\n---\n", 4) + 5);
  }

  /** Every fact of the page with its lines left out (renderings put rows on other lines). */
  private static String facts(PageFacts page) {
    return page.toString().replaceAll("line=\\d+", "line=?");
  }

  private static String flat(String page) {
    return page.equals("intern_offer_status")
        ? ContractResources.read(ContractResources.UPSTREAM_DOC)
        : resource(page + ".flat.md");
  }

  @ParameterizedTest
  @CsvSource({"intern_offer_status", "offer_list", "offer_get"})
  void nestedPipeRenderingReadsLikeTheVendoredOne(String page) {
    PageFacts vendored = FeishuPageParser.parse(flat(page), page + ".md");
    PageFacts nested = FeishuPageParser.parse(resource(page + ".nested.md"), page + ".md");
    assertThat(facts(nested)).isEqualTo(facts(vendored));
    assertThat(vendored.responseBody().fields()).hasSizeGreaterThan(8);
    assertThat(vendored.responseBody().fields()).anyMatch(f -> f.path().startsWith("data."));
    assertThat(resource(page + ".nested.md")).contains("&nbsp;&nbsp;└ ");
  }

  @ParameterizedTest
  @CsvSource({"intern_offer_status", "offer_list", "offer_get"})
  void portalContentReadsLikeTheVendoredOne(String page) {
    String flat = flat(page);
    PageFacts vendored = FeishuPageParser.parse(flat, page + ".md");
    String content = resource(page + ".portal.md");
    assertThat(content).contains("<md-table>", "<md-enum-item key=", "<md-perm name=");
    PageFacts portal = FeishuPageParser.parse(frontMatter(flat) + content, page + ".md");
    assertThat(facts(portal)).isEqualTo(facts(vendored));
  }

  @Test
  void enumValuesListedInlineInACellReadLikeTheVendoredOnes() {
    // A scraper's rendering lists a cell's enum values on one line,
    // "- `confirm_onboarding`: 确认入职 - `cancel_onboarding`: 放弃入职 - ...", in the request and the
    // response table; read as one value, it gave 6 false drifts
    String inline = resource("intern_offer_status.inline.md");
    assertThat(inline)
        .contains(
            "<br>- `confirm_onboarding`: 确认入职 - `cancel_onboarding`: 放弃入职 - `offboard`: 操作离职 |");
    PageFacts vendored =
        FeishuPageParser.parse(ContractResources.read(ContractResources.UPSTREAM_DOC), "p.md");
    assertThat(facts(FeishuPageParser.parse(inline, "p.md"))).isEqualTo(facts(vendored));
    SpecDocument spec =
        SpecDocument.parse(ContractResources.read(ContractResources.OPENAPI), "openapi.yaml");
    assertThat(verdict(spec, inline)).isEmpty();
    assertThat(Renderings.toMarkdown(inline).lines().count()).isEqualTo(inline.lines().count());
  }

  @Test
  void aDashBeforeCodeInProseIsNotAList() {
    String row = "| note | string | 否 | 备注 - `a`: 说明 |\n";
    assertThat(Renderings.toMarkdown(row)).isEqualTo(row);
  }

  @Test
  void theVendoredRenderingIsLeftAsItIs() {
    String flat = ContractResources.read(ContractResources.UPSTREAM_DOC);
    assertThat(Renderings.toMarkdown(flat)).isEqualTo(flat);
  }

  @Test
  void nestingMarksAreDroppedInPlaceSoEveryLineKeepsItsNumber() {
    String nested = resource("intern_offer_status.nested.md");
    String read = Renderings.toMarkdown(nested);
    assertThat(read.lines().count()).isEqualTo(nested.lines().count());
    assertThat(read).doesNotContain("└").contains("| actual_onboarding_date | string | 是 |");
  }

  @Test
  void portalTablesKeepTheLinesAfterThem() {
    String portal = resource("intern_offer_status.portal.md");
    String read = Renderings.toMarkdown(portal);
    List<String> before = portal.lines().toList();
    List<String> after = read.lines().toList();
    int example = before.indexOf("### 请求体示例");
    assertThat(after.indexOf("### 请求体示例")).isEqualTo(example);
  }

  @Test
  void theSamePageInEveryRenderingGivesTheSameVerdict() {
    SpecDocument spec =
        SpecDocument.parse(ContractResources.read(ContractResources.OPENAPI), "openapi.yaml");
    String flat = ContractResources.read(ContractResources.UPSTREAM_DOC);
    String changed = "[1000 次/分钟、20 次/秒]";
    String rate = "[1000 次/分钟、50 次/秒]";
    List<String> expected =
        List.of(
            "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-rate-limit/per-second:"
                + " changed rate limit per-second from 50 to 20");
    for (String text :
        List.of(
            flat,
            resource("intern_offer_status.nested.md"),
            frontMatter(flat) + resource("intern_offer_status.portal.md"))) {
      assertThat(verdict(spec, text)).isEmpty();
      assertThat(verdict(spec, text.replace(rate, changed))).isEqualTo(expected);
    }
  }

  private static List<String> verdict(SpecDocument spec, String page) {
    CheckReport report =
        DocCheck.compare(spec, List.of(FeishuPageParser.parse(page, "intern_offer_status.md")));
    return report.findings().stream().map(Finding::pointer).toList().isEmpty()
        ? List.of()
        : report.findings().stream().map(f -> f.pointer() + ": " + f.message()).toList();
  }
}
