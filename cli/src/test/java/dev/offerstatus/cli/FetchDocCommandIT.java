package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.spec.ContractResources;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fetch-doc} against a loopback doc site, through the real jar. */
class FetchDocCommandIT {
  private static final String UPSTREAM = "META-INF/offer-status-kit/upstream/";

  @TempDir Path dir;

  private HttpServer server;
  private volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    Path spec = dir.resolve("openapi.yaml");
    Files.writeString(spec, ContractResources.read(ContractResources.OPENAPI));
    Files.createDirectories(dir.resolve("upstream"));
    for (String page :
        new String[] {
          "generic_error_codes",
          "tenant_access_token_internal",
          "intern_offer_status",
          "offer_get",
          "offer_list",
          "offer_status"
        }) {
      Files.writeString(
          dir.resolve("upstream/" + page + ".md"), ContractResources.read(UPSTREAM + page + ".md"));
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String query = exchange.getRequestURI().getQuery();
          String page =
              query.endsWith("/offer/get")
                  ? "offer_get"
                  : query.endsWith("/offer/list")
                      ? "offer_list"
                      : query.endsWith("/tenant_access_token_internal")
                          ? "tenant_access_token_internal"
                          : query.endsWith("/generic-error-code")
                              ? "generic_error_codes"
                              : query.endsWith("/offer/offer_status")
                                  ? "offer_status"
                                  : "intern_offer_status";
          String text = ContractResources.read(UPSTREAM + page + ".md");
          String stamp = text.replaceAll("(?s).*\nlast_remote_update_timestamp: (\\d+)\n.*", "$1");
          long seconds = Long.parseLong(stamp) / 1000 + (page.equals("offer_list") ? 86_400 : 0);
          String body =
              status != 200
                  ? "busy"
                  : Console.JSON.writeValueAsString(
                      java.util.Map.of(
                          "code",
                          0,
                          "data",
                          java.util.Map.of(
                              "document",
                              java.util.Map.of(
                                  "content",
                                  text.substring(text.indexOf("\n---\n", 4) + 5),
                                  "updateTime",
                                  seconds))));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void writesOnlyTheChangedPage() {
    Cli.Result result =
        Cli.in(dir).run("fetch-doc", "--spec", "openapi.yaml", "--base-url", base());
    assertThat(result.err()).isEmpty();
    assertThat(result.exit()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "upstream/generic_error_codes.md unchanged (last_remote_update 2025-08-20,"
                + " https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code)",
            "upstream/tenant_access_token_internal.md unchanged (last_remote_update 2025-03-26,"
                + " https://open.feishu.cn/document/server-docs/authentication-management/access-token/tenant_access_token_internal)",
            "upstream/intern_offer_status.md unchanged (last_remote_update 2024-07-11,"
                + " https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/delivery-process-management/offer/intern_offer_status)",
            "upstream/offer_get.md unchanged (last_remote_update 2025-12-02,"
                + " https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/delivery-process-management/offer/get)",
            "upstream/offer_list.md updated (last_remote_update 2025-06-24,"
                + " https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/delivery-process-management/offer/list)",
            "upstream/offer_status.md unchanged (last_remote_update 2024-09-05,"
                + " https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/delivery-process-management/offer/offer_status)");
  }

  @Test
  void aFailingSiteExitsThreeAndNamesUrlAndStatus() throws IOException {
    status = 503;
    String before = Files.readString(dir.resolve("upstream/intern_offer_status.md"));
    String tokenPageBefore =
        Files.readString(dir.resolve("upstream/tenant_access_token_internal.md"));
    Cli.Result result =
        Cli.in(dir)
            .run("fetch-doc", "--spec", "openapi.yaml", "--base-url", base(), "--retries", "0");
    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .contains(
            "fetch-doc: GET "
                + base()
                + "/api/tools/document/detail?fullPath=%2Fserver-docs%2Fapi-call-guide%2Fgeneric-error-code"
                + " answered HTTP 503; page"
                + " https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code:"
                + " no snapshot was changed (upstream/generic_error_codes.md kept)");
    assertThat(Files.readString(dir.resolve("upstream/intern_offer_status.md"))).isEqualTo(before);
    assertThat(Files.readString(dir.resolve("upstream/tenant_access_token_internal.md")))
        .isEqualTo(tokenPageBefore);
  }
}
