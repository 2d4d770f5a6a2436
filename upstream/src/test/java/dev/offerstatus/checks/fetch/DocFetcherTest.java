package dev.offerstatus.checks.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.doc.DocCheck;
import dev.offerstatus.checks.fetch.DocFetcher.Outcome;
import dev.offerstatus.spec.ContractResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fetch-doc against a real HTTP server on loopback. */
class DocFetcherTest {
  static final String SOURCE =
      "https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/delivery-process-management/offer/intern_offer_status";
  static final String FULL_PATH =
      "/server-docs/hire-v1/candidate-management/delivery-process-management/offer/intern_offer_status";
  static final long STAMP = 1720669861000L; // the vendored page's last_remote_update_timestamp
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private volatile boolean stopped;

  private HttpServer server;
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final List<URI> requests = new CopyOnWriteArrayList<>();
  private final List<Duration> waits = new ArrayList<>();
  private Path spec;
  private volatile boolean getOfferFails;
  private final List<URI> allRequests = new CopyOnWriteArrayList<>();
  private volatile HttpHandler pageHandler;
  private Path snapshot;

  record Answer(int status, String body, Map<String, String> headers) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(handlers);
    server.start();
    spec = dir.resolve("openapi.yaml");
    Files.writeString(spec, ContractResources.read(ContractResources.OPENAPI));
    snapshot = dir.resolve("upstream/intern_offer_status.md");
    Files.createDirectories(snapshot.getParent());
    Files.writeString(snapshot, ContractResources.read(ContractResources.UPSTREAM_DOC));
    for (String page :
        List.of(
            "offer_get",
            "offer_list",
            "offer_status",
            "tenant_access_token_internal",
            "generic_error_codes")) {
      Files.writeString(snapshot.resolveSibling(page + ".md"), vendoredText(page));
    }
  }

  private static String vendoredText(String page) {
    return ContractResources.read("META-INF/offer-status-kit/upstream/" + page + ".md");
  }

  /** A vendored page served as content (the flat rendering is content too), its stamp kept. */
  private static Answer vendored(String page) {
    String text = vendoredText(page);
    long stamp =
        Long.parseLong(text.replaceAll("(?s).*\nlast_remote_update_timestamp: (\\d+)\n.*", "$1"));
    return page(text.substring(text.indexOf("\n---\n", 4) + 5), stamp);
  }

  @AfterEach
  void stop() {
    stopped = true;
    server.stop(0);
    handlers.shutdownNow();
  }

  /** The page under test answers from the queue; the spec's other pages as vendored. */
  private void answer(HttpExchange exchange) throws IOException {
    allRequests.add(exchange.getRequestURI());
    String query = exchange.getRequestURI().getQuery();
    Answer a;
    if (query != null && query.endsWith("/offer/get") && getOfferFails) {
      a = new Answer(404, "gone", Map.of());
    } else if (query != null && query.endsWith("/offer/get")) {
      a = vendored("offer_get");
    } else if (query != null && query.endsWith("/offer/list")) {
      a = vendored("offer_list");
    } else if (query != null && query.endsWith("/offer/offer_status")) {
      a = vendored("offer_status");
    } else if (query != null && query.endsWith("/tenant_access_token_internal")) {
      a = vendored("tenant_access_token_internal");
    } else if (query != null && query.endsWith("/generic-error-code")) {
      a = vendored("generic_error_codes");
    } else if (pageHandler != null) {
      requests.add(exchange.getRequestURI());
      pageHandler.handle(exchange);
      return;
    } else {
      requests.add(exchange.getRequestURI());
      a = answers.isEmpty() ? new Answer(500, "no answer queued", Map.of()) : answers.poll();
    }
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(a.status(), body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  static String portal() {
    try (InputStream in =
        DocFetcherTest.class.getResourceAsStream("/renderings/intern_offer_status.portal.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer page(String content, long updateTime) {
    try {
      return new Answer(
          200,
          JSON.writeValueAsString(
              Map.of(
                  "code",
                  0,
                  "msg",
                  "success",
                  "data",
                  Map.of(
                      "document",
                      Map.of(
                          "name",
                          "更新实习 Offer 入/离职状态",
                          "content",
                          content,
                          "updateTime",
                          updateTime / 1000)))),
          Map.of("Content-Type", "application/json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private FetchConfig config() {
    return FetchConfig.defaults(spec, dir)
        .withSource(DocSource.feishu().withBaseUrl(base()))
        .withPatience(Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofSeconds(1))
        .withSleeper(waits::add);
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(snapshot.getParent())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
    }
  }

  @Test
  void asksTheDetailEndpointForThePagesFullPath() {
    answers.add(page(portal(), STAMP));
    DocFetcher.run(config());
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getPath()).isEqualTo("/api/tools/document/detail");
    assertThat(requests.get(0).getQuery()).isEqualTo("fullPath=" + FULL_PATH);
  }

  @Test
  void anUnchangedPageLeavesTheSnapshotUntouched() throws IOException {
    byte[] before = Files.readAllBytes(snapshot);
    var modified = Files.getLastModifiedTime(snapshot);
    answers.add(page(portal(), STAMP));
    var results = DocFetcher.run(config());
    assertThat(results)
        .extracting(DocFetcher.PageResult::outcome)
        .containsExactly(
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED);
    assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(snapshot)).isEqualTo(modified);
  }

  @Test
  void aChangedPageIsWrittenWithFrontMatterAndCheckDocReadsIt() throws IOException {
    String content = portal().replace("50 次/秒", "20 次/秒");
    answers.add(page(content, STAMP + 86_400_000L));
    var results = DocFetcher.run(config());
    assertThat(results)
        .extracting(DocFetcher.PageResult::outcome)
        .containsExactly(
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UPDATED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED);
    // spec order: info's generic error-code page, the token page, then the status page
    assertThat(results.get(2).snapshot()).isEqualTo("upstream/intern_offer_status.md");
    assertThat(results.get(2).lastRemoteUpdate()).isEqualTo("2024-07-12");
    String written = Files.readString(snapshot);
    assertThat(written)
        .startsWith(
            "---\ntitle: \"更新实习 Offer 入/离职状态\"\nsource_url: "
                + SOURCE
                + "\nlast_remote_update: 2024-07-12\nlast_remote_update_timestamp: 1720756261000\n---\n")
        .doesNotContain("<md-table>");
    // the line check-doc names is the written snapshot's own
    assertThat(written.lines().toList().get(18))
        .isEqualTo(
            "接口频率限制 | [1000 次/分钟、20 次/秒](https://open.feishu.cn/document/ukTMukTMukTM/uUzN04SN3QjL1cDN)");
    assertThat(leftovers()).isEmpty();
    var report = DocCheck.run(new DocCheck.Config(spec, List.of(snapshot.getParent()), dir));
    assertThat(report.findings())
        .extracting(Object::toString)
        .containsExactly(
            "upstream/intern_offer_status.md:4: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-upstream-doc/last_remote_update: changed"
                + " last_remote_update of the page from \"2024-07-11\" to \"2024-07-12\"",
            "upstream/intern_offer_status.md:19: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post/x-rate-limit/per-second:"
                + " changed rate limit per-second from 50 to 20");
  }

  @Test
  void retriesServerErrorsAndHonoursRetryAfter() {
    answers.add(new Answer(503, "busy", Map.of()));
    answers.add(new Answer(429, "slow down", Map.of("Retry-After", "7")));
    answers.add(page(portal(), STAMP));
    var results = DocFetcher.run(config());
    assertThat(results)
        .extracting(DocFetcher.PageResult::outcome)
        .containsExactly(
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED);
    assertThat(requests).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(7));
  }

  @Test
  void aFailureAfterTheLastRetryNamesUrlAndStatusAndKeepsTheSnapshot() throws IOException {
    byte[] before = Files.readAllBytes(snapshot);
    answers.add(new Answer(502, "bad gateway", Map.of()));
    answers.add(new Answer(503, "busy", Map.of()));
    answers.add(new Answer(503, "busy", Map.of()));
    assertThatThrownBy(() -> DocFetcher.run(config()))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "GET "
                + base()
                + "/api/tools/document/detail?fullPath="
                + FULL_PATH.replace("/", "%2F")
                + " answered HTTP 503 (3 attempts); page "
                + SOURCE
                + ": no snapshot was changed (upstream/intern_offer_status.md kept)");
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void oneFailedPageLeavesEverySnapshotAsItWas() throws IOException {
    byte[] before = Files.readAllBytes(snapshot);
    getOfferFails = true;
    answers.add(page(portal().replace("50 次/秒", "20 次/秒"), STAMP + 86_400_000L));
    assertThatThrownBy(() -> DocFetcher.run(config()))
        .hasMessageEndingWith(
            " answered HTTP 404; page https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/delivery-process-management/offer/get:"
                + " no snapshot was changed (upstream/offer_get.md kept)");
    assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aClientErrorIsNotRetried() {
    answers.add(new Answer(404, "not found", Map.of()));
    assertThatThrownBy(() -> DocFetcher.run(config()))
        .hasMessageContaining(" answered HTTP 404; page " + SOURCE);
    assertThat(requests).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void aRetryAfterLongerThanAMinuteFailsAtOnce() {
    answers.add(new Answer(429, "slow down", Map.of("Retry-After", "3600")));
    assertThatThrownBy(() -> DocFetcher.run(config()))
        .hasMessageContaining(
            " answered HTTP 429 with Retry-After 3600 s (longer than 60 s); page " + SOURCE);
    assertThat(waits).isEmpty();
  }

  @Test
  void anErrorEnvelopeIsReportedWithItsCode() {
    answers.add(new Answer(200, "{\"code\":40004,\"msg\":\"document not found\"}", Map.of()));
    assertThatThrownBy(() -> DocFetcher.run(config()))
        .hasMessageEndingWith(
            " answered code 40004 (document not found); page "
                + SOURCE
                + ": no snapshot was changed");
  }

  @Test
  void anUnreachableSiteIsRetriedThenNamed() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    FetchConfig config =
        config()
            .withSource(DocSource.feishu().withBaseUrl(URI.create("http://127.0.0.1:" + closed)));
    assertThatThrownBy(() -> DocFetcher.run(config))
        .hasMessageStartingWith(
            "GET http://127.0.0.1:" + closed + "/api/tools/document/detail?fullPath=")
        .hasMessageContaining(" could not be reached (ConnectException")
        // the first page in spec order (the token page) is the one that fails
        .hasMessageEndingWith(
            "(3 attempts); page https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code"
                + ": no snapshot was changed (upstream/generic_error_codes.md kept)");
    assertThat(waits).hasSize(2);
  }

  @Test
  void goesThroughTheConfiguredProxy() {
    answers.add(page(portal(), STAMP));
    FetchConfig config =
        config()
            .withSource(DocSource.feishu().withBaseUrl(URI.create("http://docs.example.invalid")))
            .withProxy(ProxySelector.of(server.getAddress()), null);
    var results = DocFetcher.run(config);
    assertThat(results)
        .extracting(DocFetcher.PageResult::outcome)
        .containsExactly(
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED,
            Outcome.UNCHANGED);
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getHost()).isEqualTo("docs.example.invalid");
  }

  @Test
  void anExplicitPathMappingWinsOverTheUrlRule() {
    DocSource source =
        new DocSource(
            base(),
            "/detail/{fullPath}.json?lang=zh",
            Map.of(SOURCE, "/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/offer/intern_offer_status"));
    assertThat(source.detailUrl(SOURCE).toString())
        .isEqualTo(
            base()
                + "/detail/%2FukTMukTMukTM%2FuMzM1YjLzMTN24yMzUjN%2Fhire-v1%2Foffer%2Fintern_offer_status.json?lang=zh");
  }

  // Snapshot paths stay inside the spec's folder.

  private void snapshotPath(String path) throws IOException {
    Files.writeString(
        spec,
        Files.readString(spec)
            .replace("snapshot: upstream/intern_offer_status.md", "snapshot: " + path));
  }

  private static final String STATUS_DOC =
      "openapi.yaml: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post"
          + "/x-upstream-doc/snapshot: ";

  @Test
  void aSnapshotPathLeadingOutOfTheSpecsFolderIsRefusedBeforeAnyRequest() throws IOException {
    spec = Files.createDirectories(dir.resolve("a/b")).resolve("openapi.yaml");
    Files.writeString(spec, ContractResources.read(ContractResources.OPENAPI));
    snapshotPath("../../escaped-snapshot.md");
    answers.add(page(portal(), STAMP));

    assertThatThrownBy(() -> DocFetcher.run(config()))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "a/b/"
                + STATUS_DOC
                + "\"../../escaped-snapshot.md\" leads outside the spec's folder; a snapshot stays"
                + " inside it");
    assertThat(dir.resolve("escaped-snapshot.md")).doesNotExist();
    assertThat(allRequests).isEmpty();
  }

  @Test
  void aSnapshotPathThatOnlyPassesThroughTheParentIsKept() throws IOException {
    snapshotPath("upstream/../upstream/./intern_offer_status.md");
    answers.add(page(portal(), STAMP));

    assertThat(DocFetcher.run(config()))
        .filteredOn(r -> r.page().sourceUrl().equals(SOURCE))
        .extracting(DocFetcher.PageResult::snapshot)
        .containsExactly("upstream/intern_offer_status.md");
  }

  @Test
  void anAbsoluteSnapshotPathIsRefused() throws IOException {
    Path elsewhere = dir.resolve("elsewhere.md").toAbsolutePath();
    snapshotPath(elsewhere.toString());

    assertThatThrownBy(() -> DocFetcher.run(config()))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            STATUS_DOC
                + "\""
                + elsewhere
                + "\" is an absolute path; a snapshot is relative to the spec's folder");
    assertThat(elsewhere).doesNotExist();
    assertThat(allRequests).isEmpty();
  }

  @Test
  void aSnapshotThatIsASymbolicLinkIsRefused() throws IOException {
    Path victim = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-victim"), "v");
    try {
      Files.delete(snapshot);
      Files.createSymbolicLink(snapshot, victim);
      answers.add(page(portal().replace("50 次/秒", "20 次/秒"), STAMP + 86_400_000L));

      assertThatThrownBy(() -> DocFetcher.run(config()))
          .isInstanceOf(CheckInputException.class)
          .hasMessage(
              STATUS_DOC
                  + "\"upstream/intern_offer_status.md\" goes through the symbolic link"
                  + " upstream/intern_offer_status.md; fetch-doc writes no snapshot through a link");
      assertThat(victim).hasContent("v");
      assertThat(allRequests).isEmpty();
    } finally {
      Files.delete(victim);
    }
  }

  @Test
  void aSnapshotInALinkedFolderIsRefused() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(dir.resolve("linked"), outside);
    snapshotPath("linked/intern_offer_status.md");

    assertThatThrownBy(() -> DocFetcher.run(config()))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            STATUS_DOC
                + "\"linked/intern_offer_status.md\" goes through the symbolic link linked;"
                + " fetch-doc writes no snapshot through a link");
    assertThat(outside.resolve("intern_offer_status.md")).doesNotExist();
  }

  // A byte cap, one deadline per page, redirects only within the doc site.

  private String failed(String problem) {
    return "GET "
        + base()
        + "/api/tools/document/detail?fullPath="
        + FULL_PATH.replace("/", "%2F")
        + " "
        + problem
        + "; page "
        + SOURCE
        + ": no snapshot was changed (upstream/intern_offer_status.md kept)";
  }

  /** Writes {@code chunk} every {@code pause} ms until the client goes or 16 MiB are sent. */
  private HttpHandler endless(int chunk, long pause) {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0); // chunked
      byte[] bytes = new byte[chunk];
      Arrays.fill(bytes, (byte) ' ');
      try (OutputStream out = exchange.getResponseBody()) {
        out.write('{');
        for (long sent = 0; sent < 16 << 20 && !stopped; sent += chunk) {
          out.write(bytes);
          out.flush();
          if (pause > 0) {
            Thread.sleep(pause);
          }
        }
      } catch (IOException | InterruptedException e) {
        // the client went away: what the test wants
      }
    };
  }

  @Test
  void anEndlessAnswerIsCutAtTheByteCapAndNotRetried() throws IOException {
    byte[] before = Files.readAllBytes(snapshot);
    pageHandler = endless(8192, 0);

    assertRefusedAt1MiB();
    assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aDeclaredLengthOverTheCapIsRefusedBeforeTheBodyIsRead() {
    pageHandler =
        exchange -> {
          exchange.sendResponseHeaders(200, 4L << 30); // 4 GiB declared, a few bytes sent
          try (OutputStream out = exchange.getResponseBody()) {
            out.write("{\"code\":0".getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            // the client went away: what the test wants
          }
        };

    assertRefusedAt1MiB();
  }

  /** The page fails at a cap of 1 MiB, after one request, before a hang could fail the test. */
  private void assertRefusedAt1MiB() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(
                    () -> DocFetcher.run(config().withBounds(1 << 20, Duration.ofSeconds(20))))
                .isInstanceOf(CheckInputException.class)
                .hasMessage(
                    failed(
                        "answered more than 1048576 bytes, the most a page may have"
                            + " (maxPageBytes)")));
    assertThat(requests).hasSize(1);
  }

  @Test
  void aTricklingAnswerFailsAtThePageDeadlineWhateverTheReadTimeout() throws IOException {
    byte[] before = Files.readAllBytes(snapshot);
    pageHandler = endless(1, 50);
    FetchConfig config =
        config()
            .withPatience(Duration.ofSeconds(5), Duration.ofSeconds(2), 2, Duration.ofSeconds(1))
            .withBounds(1 << 20, Duration.ofSeconds(3));

    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(() -> DocFetcher.run(config))
                .isInstanceOf(CheckInputException.class)
                .hasMessage(
                    failed("did not complete within the page deadline of 3000 ms (pageTimeout)")));
    assertThat(requests).hasSize(1);
    assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
  }

  @Test
  void aRetryThatWouldPassThePageDeadlineIsNotWaitedFor() {
    answers.add(new Answer(429, "slow down", Map.of("Retry-After", "7")));

    assertThatThrownBy(() -> DocFetcher.run(config().withBounds(1 << 20, Duration.ofSeconds(5))))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            failed(
                "answered HTTP 429; another attempt in 7000 ms would pass the page deadline of"
                    + " 5000 ms (pageTimeout)"));
    assertThat(waits).isEmpty();
  }

  @Test
  void aRedirectToAnotherHostIsNotFollowed() throws IOException {
    List<URI> elsewhere = new CopyOnWriteArrayList<>();
    HttpServer other =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    other.createContext(
        "/",
        exchange -> {
          elsewhere.add(exchange.getRequestURI());
          byte[] body = page(portal(), STAMP + 86_400_000L).body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    other.start();
    try {
      String target = "http://127.0.0.1:" + other.getAddress().getPort() + "/page.json";
      answers.add(new Answer(302, "", Map.of("Location", target)));

      assertThatThrownBy(() -> DocFetcher.run(config()))
          .isInstanceOf(CheckInputException.class)
          .hasMessage(
              failed(
                  "was redirected (HTTP 302) to "
                      + target
                      + ", outside the doc site "
                      + base()
                      + "; fetch-doc follows redirects only within it"));
      assertThat(elsewhere).isEmpty();
      assertThat(requests).hasSize(1);
    } finally {
      other.stop(0);
    }
  }

  @Test
  void aRedirectWithinTheDocSiteIsFollowed() {
    answers.add(new Answer(301, "", Map.of("Location", "/moved?fullPath=" + FULL_PATH)));
    answers.add(page(portal(), STAMP));

    assertThat(DocFetcher.run(config()))
        .extracting(DocFetcher.PageResult::outcome)
        .containsOnly(Outcome.UNCHANGED);
    assertThat(requests)
        .extracting(URI::getPath)
        .containsExactly("/api/tools/document/detail", "/moved");
  }

  /** A rewritten snapshot used to become 0600. */
  @Test
  void aRewrittenSnapshotKeepsItsMode() throws IOException {
    Files.setPosixFilePermissions(snapshot, PosixFilePermissions.fromString("rw-rw-r--"));
    answers.add(page(portal().replace("50 次/秒", "20 次/秒"), STAMP + 86_400_000L));

    DocFetcher.run(config());

    assertThat(Files.readString(snapshot)).contains("20 次/秒");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot)))
        .isEqualTo("rw-rw-r--");
  }
}
