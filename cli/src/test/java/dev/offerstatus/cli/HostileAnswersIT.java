package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers a hostile or broken server gives, through the packaged jar against a loopback server that
 * answers what a hostile or broken Feishu could: escape sequences, line breaks and unpaired
 * surrogates in its strings, and a system error.
 */
class HostileAnswersIT {
  private static final String HEADER = "offer_id,operation,onboarding_date,offboarding_date,notes";
  private static final String ESC = "\u001b";

  @TempDir Path dir;

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  /** Path to [HTTP status, JSON body]. */
  private final Map<String, Object[]> answers = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
          exchange.getRequestBody().readAllBytes();
          Object[] answer = answers.getOrDefault(path, new Object[] {404, "{}"});
          byte[] body = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
          exchange.sendResponseHeaders((Integer) answer[0], body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Cli cli() {
    return Cli.in(dir).env("FEISHU_TENANT_ACCESS_TOKEN", "t-test");
  }

  private String baseUrl() {
    return "--base-url=http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Test
  void listShowsEscapeSequencesLineBreaksAndTabsOfTheServersStringsEscaped() {
    answers.put(
        "/open-apis/hire/v1/offers",
        new Object[] {
          200,
          "{\"code\":0,\"msg\":\"success\",\"data\":{\"has_more\":false,\"items\":[{\"id\":"
              + "\"7016\\u001b[31mRED\\n7016605170635213199\\t11 (fake)\",\"offer_status\":11,"
              + "\"application_id\":\"app\\u202ecod.exe\",\"job_info\":{\"job_name\":"
              + "\"a\\tb\\u009b2J\"}}]}}"
        });

    Cli.Result result = cli().run("list", "--talent-id", "T", baseUrl());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "7016\\u001b[31mRED\\n7016605170635213199\\t11 (fake)\t"
                + "11 (intern, pending onboarding (intern offers only))\t-\t"
                + "app\\u202ecod.exe\ta\\tb\\u009b2J\n");
  }

  @Test
  void showPrintsTheOfferAsJsonWithTheTerminalsControlsEscaped() {
    answers.put(
        "/open-apis/hire/v1/offers/A",
        new Object[] {
          200,
          "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer\":{\"id\":\"A\",\"offer_status\":11,"
              + "\"application_id\":\"x\\u001b]0;t\\u0007\\u009b\\u007f\\u2028y\"}}}"
        });

    Cli.Result result = cli().run("show", "A", baseUrl());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.outLines().get(1))
        .startsWith(
            "{\"id\":\"A\",\"application_id\":\"x\\u001B]0;t\\u0007\\u009b\\u007F\\u2028y\","
                + "\"offer_status\":11");
    assertThat(result.out()).doesNotContain(ESC, "\u009b", "\u007f", "\u2028");
  }

  @Test
  void aBatchSaysWhatFeishuAnsweredEscapedKeepsItsResultsAndStopsUnknownOnASystemError()
      throws IOException {
    answers.put(
        "/open-apis/hire/v1/offers/A/intern_offer_status",
        new Object[] {
          400, "{\"code\":1002002,\"msg\":\"bad\\u001b[2J\\nline 9: ok \\ud800\",\"data\":{}}"
        });
    // A system error (kind "system") at HTTP 500: Feishu failed while handling the request, so
    // whether the offer changed is unknown; it used to be recorded as a terminal "rejected".
    answers.put(
        "/open-apis/hire/v1/offers/B/intern_offer_status",
        new Object[] {500, "{\"code\":1002001,\"msg\":\"System error\",\"data\":{}}"});
    Path file =
        Cli.write(
            dir.resolve("offers.csv"),
            HEADER + "\nA,cancel_onboarding,,,\nB,cancel_onboarding,,,\nC,cancel_onboarding,,,\n");

    Cli.Result result = cli().run("batch", file.toString(), "--parallel", "1", baseUrl());

    assertThat(result.exit()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).doesNotContain(ESC);
    assertThat(result.errLines())
        .contains(
            "line 2: rejected: POST /open-apis/hire/v1/offers/A/intern_offer_status: Feishu"
                + " answered code 1002002 \"bad\\u001b[2J\\nline 9: ok \\ud800\" (HTTP 400, no log"
                + " id): 参数错误 / parameter error; 检查参数是否正确，例如类型，大小 / check the"
                + " parameters, e.g. type and size; not retried");
    assertThat(result.out())
        .isEqualTo(
            "3 rows: 0 ok, 1 rejected, 1 unknown, 0 not-sent, 1 pending. Results: "
                + file
                + ".results.csv\n"
                + "run the same command again to resume: completed rows are not sent again\n");
    // The results file keeps the server's text as it came (RFC 4180 quotes the line break); the
    // unpaired surrogate, which UTF-8 cannot hold, is written as its escape instead of failing the
    // whole file ("Input length = 1").
    String results = Files.readString(dir.resolve("offers.csv.results.csv"));
    assertThat(results)
        .contains(
            "\n2,internOfferStatus,A,operation=cancel_onboarding,rejected,1002002,,\"POST /open-apis/hire/v1/offers/A/"
                + "intern_offer_status: Feishu answered code 1002002 \"\"bad"
                + ESC
                + "[2J\nline 9: ok \\ud800\"\" (HTTP 400, no log id)")
        .contains("\n3,internOfferStatus,B,operation=cancel_onboarding,unknown,1002001,,\"POST ")
        .endsWith("\n4,internOfferStatus,C,operation=cancel_onboarding,pending,,,\n");
    // B stays in doubt in the journal: the next run reads the offer back before anything else.
    assertThat(Files.readAllLines(dir.resolve("offers.csv.journal")))
        .containsSubsequence("{\"event\":\"sending\",\"row\":3}")
        .noneMatch(l -> l.contains("\"row\":3") && l.contains("done"));
    assertThat(requests)
        .containsExactly(
            "POST /open-apis/hire/v1/offers/A/intern_offer_status",
            "POST /open-apis/hire/v1/offers/B/intern_offer_status");
  }

  @Test
  void aJsonLinesOfferIdWithAnUnpairedSurrogateIsRefusedAndNothingIsSent() {
    Path file =
        Cli.write(
            dir.resolve("offers.jsonl"),
            "{\"offer_id\":\"A\",\"operation\":\"cancel_onboarding\"}\n"
                + "{\"offer_id\":\"12\\ud800\",\"operation\":\"cancel_onboarding\"}\n");

    Cli.Result result = cli().run("batch", file.toString(), baseUrl());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("1 bad row(s) of 2 in " + file + "; nothing was sent:\n");
    assertThat(result.out())
        .isEqualTo(
            "line 2: \"offer_id\" holds an unpaired surrogate (\\ud800) at character 3: not"
                + " Unicode text, so it cannot be sent\n");
    assertThat(requests).isEmpty();
    assertThat(dir.resolve("offers.jsonl.journal")).doesNotExist();
  }
}
