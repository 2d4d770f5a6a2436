package dev.offerstatus.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.checks.compat.CompatCheck;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-compat refuses hostile previous specs before parsing them. */
class SpecLimitsTest {
  /** About 400 bytes that expand to 10^9 nodes once every alias is replaced by its anchor. */
  static final String LAUGHS =
      "openapi: 3.0.3\n"
          + "info: {title: t, version: '1'}\n"
          + "paths: {}\n"
          + "x-a: &a [l,l,l,l,l,l,l,l,l,l]\n"
          + "x-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
          + "x-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
          + "x-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
          + "x-e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
          + "x-f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
          + "x-g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
          + "x-h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
          + "x-i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";

  @TempDir Path out;

  @Test
  void aBillionLaughsPreviousSpecIsRefusedBeforeParsing() {
    long started = System.nanoTime();

    assertThatThrownBy(
            () -> CompatCheck.compare(LAUGHS, "previous.yaml", Contracts.SPEC, "openapi.yaml", out))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "previous.yaml:9: the document expands to more than 200000 nodes once its YAML"
                + " aliases are replaced by their anchors; refused before parsing");
    // Not a timing assertion on the check: only a guard that nothing expanded 10^9 nodes.
    assertThat(System.nanoTime() - started).isLessThan(30_000_000_000L);
  }

  @Test
  void aFewAliasesAreFine() {
    new SpecLimits(10_000, 200, false)
        .check("a: &x [1, 2, 3]\nb: *x\nc: {$ref: '#/a'}\nd: [$ref, http://x]\n", "s.yaml");
  }

  @Test
  void anOversizedSpecIsRefused() {
    assertThatThrownBy(() -> new SpecLimits(100, 1000, false).check("x".repeat(101), "p.yaml"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "p.yaml: 101 characters, more than the 100 a spec may have; refused before parsing");
  }

  @Test
  void aRemoteRefIsNeverFetched() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas.yaml";
      String previous =
          Contracts.SPEC.replaceFirst(
              "(?m)^paths:", "x-remote:\n  \\$ref: '" + url + "#/Offer'\npaths:");

      assertThatThrownBy(
              () ->
                  CompatCheck.compare(
                      previous, "previous.yaml", Contracts.SPEC, "openapi.yaml", out))
          .isInstanceOf(CheckInputException.class)
          .hasMessageEndingWith(
              ": $ref \""
                  + url
                  + "#/Offer\" names a URL; only references inside the document (#/...) are"
                  + " followed");
      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aFileRefIsRefusedUnlessAllowed() throws Exception {
    JsonNode spec =
        new YAMLMapper()
            .readTree("openapi: 3.0.3\npaths:\n  /x:\n    $ref: ../../etc/paths.yaml\n");
    assertThatThrownBy(() -> SpecLimits.DEFAULT.checkReferences(spec, "p.yaml"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "p.yaml: #/paths/~1x/$ref: $ref \"../../etc/paths.yaml\" names another file; only"
                + " references inside the document (#/...) are followed");
    new SpecLimits(10_000, 1000, true).checkReferences(spec, "p.yaml");
  }

  @Test
  void aRefIsShownOnOneLineAndShortened() throws Exception {
    JsonNode spec =
        new YAMLMapper().readTree("x:\n  - $ref: \"http://a/\\n\\e[31m" + "b".repeat(200) + "\"\n");
    assertThatThrownBy(() -> SpecLimits.DEFAULT.checkReferences(spec, "p.yaml"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "p.yaml: #/x/0/$ref: $ref \"http://a/\\u000a\\u001b[31m"
                + "b".repeat(85)
                + "...\" names a URL; only references inside the document (#/...) are followed");
  }

  /** The pre-check used to ignore its own parser's errors and let the next parser decide. */
  @Test
  void yamlThePreCheckCannotReadIsRefused() {
    assertThatThrownBy(() -> SpecLimits.DEFAULT.check("openapi: 3.0.3\npaths: [\n", "p.yaml"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "p.yaml:3:1: malformed YAML: expected the node content, but found '<stream end>'; refused"
                + " before parsing");
  }

  /** swagger-parser reads a text starting with '{' as JSON, which may be indented with tabs. */
  @Test
  void jsonIndentedWithTabsIsLeftToTheJsonReader() {
    SpecLimits.DEFAULT.check("{\n\t\"openapi\": \"3.0.3\",\n\t\"paths\": {}\n}\n", "p.json");
  }
}
