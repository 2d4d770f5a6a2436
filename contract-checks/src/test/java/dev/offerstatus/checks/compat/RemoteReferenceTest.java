package dev.offerstatus.checks.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check-compat never makes swagger-parser fetch a remote or file {@code $ref}, however the
 * reference is spelled. A loopback server that answers a valid schema logs every request; before
 * the fix each of the four spellings below was fetched and the comparison said "0
 * backward-incompatible changes".
 */
class RemoteReferenceTest {
  private static final String LOCAL =
      "openapi: 3.0.3\n"
          + "info: {title: t, version: '1'}\n"
          + "paths:\n"
          + "  /offers:\n"
          + "    get:\n"
          + "      responses:\n"
          + "        '200':\n"
          + "          description: ok\n"
          + "          content:\n"
          + "            application/json:\n"
          + "              schema:\n"
          + "                $ref: '#/components/schemas/Offer'\n"
          + "components:\n"
          + "  schemas:\n"
          + "    Offer:\n"
          + "      type: object\n"
          + "      properties:\n"
          + "        id:\n"
          + "          type: string\n";

  private static final String REFUSED =
      "previous.yaml: #/components/schemas/Offer/$ref: $ref \"%s\" names %s; only references"
          + " inside the document (#/...) are followed";

  @TempDir Path out;

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private String url;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
          byte[] body = "Offer:\n  type: object\n".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
          }
        });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas.yaml#/Offer";
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private CompatCheck.Result compareWith(String previous) {
    return CompatCheck.compare(previous, "previous.yaml", LOCAL, "openapi.yaml", out);
  }

  /** The local spec with the Offer schema's body replaced by {@code offer} (indented 6). */
  private static String yamlWithOffer(String prelude, String offer) {
    return LOCAL
        .replace("paths:\n", prelude + "paths:\n")
        .replace(
            "      type: object\n      properties:\n        id:\n          type: string\n", offer);
  }

  /** The local spec as JSON, tab-indented, with the Offer schema being {@code {"$ref": ref}}. */
  private static String tabbedJson(String ref) {
    return "{\n"
        + "\t\"openapi\": \"3.0.3\",\n"
        + "\t\"info\": {\"title\": \"t\", \"version\": \"1\"},\n"
        + "\t\"paths\": {\n"
        + "\t\t\"/offers\": {\"get\": {\"responses\": {\"200\": {\n"
        + "\t\t\t\"description\": \"ok\",\n"
        + "\t\t\t\"content\": {\"application/json\": {\"schema\": {\n"
        + "\t\t\t\t\"$ref\": \"#/components/schemas/Offer\"}}}}}}}\n"
        + "\t},\n"
        + "\t\"components\": {\"schemas\": {\"Offer\": {\n"
        + "\t\t\"$ref\": \""
        + ref
        + "\"}}}\n"
        + "}\n";
  }

  private void assertRefusedUnfetched(String previous, String shown, String kind) {
    assertThatThrownBy(() -> compareWith(previous))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(REFUSED.formatted(shown, kind));
    assertThat(requests).isEmpty();
  }

  @Test
  void anAliasUsedAsTheRefKeyIsRefusedUnfetched() {
    String previous = yamlWithOffer("x-key: &r $ref\n", "      *r : '" + url + "'\n");

    assertRefusedUnfetched(previous, url, "a URL");
  }

  @Test
  void anAliasUsedAsTheRefValueIsRefusedUnfetched() {
    String previous = yamlWithOffer("x-url: &u '" + url + "'\n", "      $ref: *u\n");

    assertRefusedUnfetched(previous, url, "a URL");
  }

  @Test
  void aRemoteRefInTabIndentedJsonIsRefusedUnfetched() {
    assertRefusedUnfetched(tabbedJson(url), url, "a URL");
  }

  @Test
  void aRemoteRefSpelledWithJsonSlashEscapesIsRefusedUnfetched() {
    String escaped = tabbedJson(url.replace("/", "\\/")).replace("\t", "  ");

    assertRefusedUnfetched(escaped, url, "a URL");
  }

  /** swagger-parser reads {@code #x/#/Offer} as a file {@code #x/} (a "#/" after the start). */
  @Test
  void aHashThatSwaggerParserReadsAsAFileIsRefused() {
    String previous = yamlWithOffer("", "      $ref: '#x/#/Offer'\n");

    assertRefusedUnfetched(previous, "#x/#/Offer", "another file");
  }

  @Test
  void localRefsAreStillFollowedAndTheirChangesFound() {
    String previous = LOCAL.replace("          type: string\n", "          type: integer\n");

    assertThat(compareWith(LOCAL).report().findings()).isEmpty();
    assertThat(compareWith(previous).report().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "openapi.yaml:6: #/paths/~1offers/get/responses: backward-incompatible change of the"
                + " responses of GET /offers");
    assertThat(requests).isEmpty();
  }
}
