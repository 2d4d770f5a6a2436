package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the simulator refuses, and that it keeps serving afterwards. */
class HardeningTest {
  private static final String OFFER = "7016605170635213100";
  private static final String CANCEL = "{\"operation\":\"cancel_onboarding\"}";

  /** Sends raw bytes and returns the status line of the answer (the connection is then closed). */
  private static String raw(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      Thread writer =
          new Thread(
              () -> {
                try {
                  OutputStream out = socket.getOutputStream();
                  out.write(request);
                  out.flush();
                } catch (IOException e) {
                  // the server may close before taking it all: that is the point
                }
              });
      writer.start();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      return in.readLine();
    }
  }

  @Test
  void aBodyOverTheCapIsRefusedFromItsContentLengthWithoutBeingRead() throws IOException {
    try (Simulator simulator = Simulator.builder().maxBodyBytes(1000).start()) {
      byte[] head =
          ("POST /unknown HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 52428800\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);

      // 50 MB declared, 10 bytes sent: the answer comes at once, not after 50 MB.
      String status = raw(simulator.port(), concat(head, "{\"a\":\"b\"}".getBytes()));

      assertThat(status).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
      RecordedExchange exchange = simulator.exchanges().get(0);
      assertThat(exchange.status()).isEqualTo(413);
      assertThat(exchange.body())
          .isEqualTo("<body refused: 52428800 bytes declared, over the 1000-byte cap>");
      assertStillServing(simulator);
    }
  }

  @Test
  void aChunkedBodyIsRefusedAsSoonAsItPassesTheCap() throws IOException {
    try (Simulator simulator = Simulator.builder().maxBodyBytes(1000).start()) {
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.writeBytes(
          ("POST /"
                  + Http.OFFER_PATH.formatted(OFFER)
                  + " HTTP/1.1\r\nHost: x\r\n"
                  + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 40; i++) { // 40 chunks of 256 bytes, never terminated
        request.writeBytes("100\r\n".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes("x".repeat(256).getBytes(StandardCharsets.US_ASCII));
        request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }

      String status = raw(simulator.port(), request.toByteArray());

      assertThat(status).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
      assertThat(simulator.exchanges().get(0).body())
          .isEqualTo("<body refused: more than 1000, over the 1000-byte cap>");
      assertThat(simulator.operationRequests()).isZero();
      assertStillServing(simulator);
    }
  }

  @Test
  void theJournalKeepsOnlyTheStartOfALongBody() {
    try (Simulator simulator = Simulator.builder().start()) {
      String body = "{\"operation\":\"" + "x".repeat(100_000) + "\"}";

      new Http(simulator.baseUrl()).post("unknown", null, body);

      String recorded = simulator.exchanges().get(0).body();
      assertThat(recorded).hasSize(4096 + "... (100016 characters, truncated)".length());
      assertThat(recorded).endsWith("... (100016 characters, truncated)");
    }
  }

  @Test
  void twentyStalledClientsDoNotStarveAWellBehavedOne() throws Exception {
    // The JDK server reads its timeouts once per JVM: a fresh simulator process with a 3 s one.
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SimulatorMain.class.getName(),
                "--port",
                "0",
                "--request-timeout",
                "3")
            .redirectErrorStream(true)
            .start();
    List<Socket> stalled = new ArrayList<>();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      Matcher listening = Pattern.compile("listening on http://127.0.0.1:(\\d+)/").matcher("");
      String line;
      while ((line = out.readLine()) != null && !listening.reset(line).find()) {
        // start-up lines
      }
      assertThat(line).as("the simulator's start-up line").isNotNull();
      int port = Integer.parseInt(listening.group(1));
      for (int i = 0; i < 20; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        // half of them stall in the headers, half in the body
        String partial =
            i % 2 == 0
                ? "POST /x HTTP/1.1\r\nHo"
                : "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"a\":";
        socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }

      for (Socket socket : stalled) {
        // closed by the server after the 3 s request timeout: end of stream or a reset, never our
        // 10 s read timeout (they used to stay open). 3 s rather than 1 s: on a
        // loaded machine the well-behaved request's own answer may take over a second.
        InputStream in = socket.getInputStream();
        try {
          assertThat(in.read()).isEqualTo(-1);
        } catch (java.net.SocketException reset) {
          assertThat(reset.getMessage()).contains("reset");
        }
      }

      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + port
                                  + "/open-apis/auth/v3/tenant_access_token/internal"))
                      .timeout(Duration.ofSeconds(5))
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"app_id\":\"cli_simulator\",\"app_secret\":\"simulator_secret\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
      process.destroy();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void providerStatesAreOffUnlessAskedFor() {
    try (Simulator simulator = Simulator.builder().start()) {
      Http.Answer answer =
          new Http(simulator.baseUrl())
              .state("{\"state\":\"s\",\"params\":{\"token\":\"t-mine\"}}");

      assertThat(answer.status()).isEqualTo(404);
      assertThat(operationWith(simulator, "t-mine").code()).isEqualTo(99991663);
    }
  }

  @Test
  void providerStatesRequireJson() {
    try (Simulator simulator = Simulator.builder().providerStates().start()) {
      HttpResponse<String> answer =
          post(
              simulator,
              Simulator.STATE_CHANGE_PATH,
              null,
              "text/plain",
              "{\"state\":\"s\",\"params\":{\"token\":\"t-mine\"}}"
                  .getBytes(StandardCharsets.UTF_8));

      assertThat(answer.statusCode()).isEqualTo(415);
      assertThat(answer.body())
          .isEqualTo(
              "{\"error\":\"the provider-state endpoint accepts only Content-Type"
                  + " application/json, got \\\"text/plain\\\"\"}");
      assertThat(operationWith(simulator, "t-mine").code()).isEqualTo(99991663);
    }
  }

  @Test
  void aProviderStateKeyIsRequiredWhenSet() {
    try (Simulator simulator = Simulator.builder().providerStateKey("run-key-1").start()) {
      Http http = new Http(simulator.baseUrl());
      String body = "{\"state\":\"s\",\"params\":{\"token\":\"t-mine\"}}";

      Http.Answer without = http.state(body);
      Http.Answer wrong =
          http.post(
              Simulator.STATE_CHANGE_PATH, null, body, Map.of("X-Provider-State-Key", "run-key-2"));

      assertThat(without.status()).isEqualTo(403);
      assertThat(wrong.status()).isEqualTo(403);
      assertThat(wrong.body().path("error").asText())
          .isEqualTo(
              "the provider-state endpoint needs the simulator's key in the X-Provider-State-Key"
                  + " header");
      assertThat(operationWith(simulator, "t-mine").code()).isEqualTo(99991663);

      Http.Answer right =
          http.post(
              Simulator.STATE_CHANGE_PATH, null, body, Map.of("X-Provider-State-Key", "run-key-1"));
      assertThat(right.status()).isEqualTo(200);
    }
  }

  @Test
  void providerStatesOnANonLoopbackBindNeedAKey() {
    assertThatThrownBy(() -> Simulator.builder().bindAddress("0.0.0.0").providerStates().start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the simulator listens on 0.0.0.0, not a loopback address: anyone who can reach it"
                + " can fetch tokens with its app credentials and change its offers; the"
                + " provider-state endpoint is on, so it needs a key (providerStateKey,"
                + " OFFER_STATUS_PROVIDER_STATE_KEY or --provider-state-key-file). Bind 127.0.0.1"
                + " unless other hosts must reach it (see docs/security.md)");
  }

  @Test
  void expiredTokensAreDroppedAndEachAppHoldsAtMostTheCap() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    TokenStore store = new TokenStore(clock, Duration.ofSeconds(60), 100);
    List<String> issued = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      issued.add(store.issue("cli_a").value());
    }

    assertThat(store.size()).isEqualTo(100);
    assertThat(store.valid(issued.get(0))).isEmpty(); // the oldest went first
    assertThat(store.valid(issued.get(4999))).isPresent();

    clock.advance(Duration.ofSeconds(61));
    store.issue("cli_a");
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void theTokenEndpointHonoursTheCapPerApp() {
    // A lifetime under the 30 minutes below which the platform issues a new token: every request
    // gets a fresh one, so the third evicts the first.
    try (Simulator simulator =
        Simulator.builder()
            .maxTokensPerApp(2)
            .tokenTtl(Duration.ofMinutes(20))
            .limitsOff()
            .start()) {
      Http http = new Http(simulator.baseUrl());
      String first =
          http.token(Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET)
              .body()
              .path("tenant_access_token")
              .asText();
      http.token(Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET);
      http.token(Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET);

      assertThat(operationWith(simulator, first).code()).isEqualTo(99991663);
    }
  }

  @Test
  void secretsAreComparedWholeAndNullSafe() {
    assertThat(Secrets.equal("simulator_secret", "simulator_secret")).isTrue();
    assertThat(Secrets.equal("simulator_secret", "simulator_secreT")).isFalse();
    assertThat(Secrets.equal("simulator_secret", "simulator")).isFalse();
    assertThat(Secrets.equal("simulator_secret", null)).isFalse();
    try (Simulator simulator = Simulator.builder().start()) {
      assertThat(
              new Http(simulator.baseUrl())
                  .token(Simulator.DEFAULT_APP_ID, "simulator_secreT")
                  .code())
          .isEqualTo(10015); // wrong app secret, as the generic error-code page says
    }
  }

  @Test
  void aBodyThatIsNotUtf8IsAParameterError() throws IOException {
    try (Simulator simulator =
        Simulator.builder().limitsOff().seed(Offer.pendingOnboarding(OFFER)).start()) {
      String token = simulator.issueToken(Simulator.DEFAULT_APP_ID);
      byte[] body =
          "{\"operation\":\"cancel_onboarding\",\"x\":\"\u00e9\"}"
              .getBytes(StandardCharsets.ISO_8859_1); // a lone 0xE9 byte

      HttpResponse<String> answer = post(simulator, Http.OFFER_PATH.formatted(OFFER), token, body);

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).contains("\"code\":1002002");
      assertThat(answer.body()).contains("request body: not valid UTF-8 at byte 38 (rule utf-8)");
      assertThat(simulator.offerState(OFFER)).isEqualTo(OfferState.PENDING_ONBOARDING);

      HttpResponse<String> tokenAnswer =
          post(
              simulator,
              "open-apis/auth/v3/tenant_access_token/internal",
              null,
              "{\"app_id\":\"cli_simulator\",\"app_secret\":\"simulator_secret\u00e9\"}"
                  .getBytes(StandardCharsets.ISO_8859_1));
      assertThat(tokenAnswer.body()).contains("\"code\":10003");
    }
  }

  @Test
  void aLongOfferIdIsEchoedShortened() {
    try (Simulator simulator = Simulator.builder().limitsOff().start()) {
      String token = simulator.issueToken(Simulator.DEFAULT_APP_ID);
      String id = "7".repeat(70_000);

      Http.Answer answer = new Http(simulator.baseUrl()).offer(token, id, CANCEL);

      assertThat(answer.code()).isEqualTo(1002002);
      assertThat(answer.msg()).hasSizeLessThan(1000);
      assertThat(answer.msg()).contains("7".repeat(100) + "...(70000 characters)");
    }
  }

  private static Http.Answer operationWith(Simulator simulator, String token) {
    simulator.seed(Offer.pendingOnboarding(OFFER));
    return new Http(simulator.baseUrl()).offer(token, OFFER, CANCEL);
  }

  private static void assertStillServing(Simulator simulator) {
    Http.Answer token =
        new Http(simulator.baseUrl()).token(Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET);
    assertThat(token.code()).isZero();
  }

  private static HttpResponse<String> post(
      Simulator simulator, String path, String token, byte[] body) {
    return post(simulator, path, token, "application/json; charset=utf-8", body);
  }

  private static HttpResponse<String> post(
      Simulator simulator, String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
