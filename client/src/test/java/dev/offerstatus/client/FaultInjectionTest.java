package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static dev.offerstatus.client.MockFeishu.PATH;
import static dev.offerstatus.client.MockFeishu.confirmed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.testsupport.MockWebServerExtension;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults of the network and of whatever stands in front of Feishu. */
class FaultInjectionTest {
  private static final String UNKNOWN_OUTCOME =
      ": the outcome is unknown, so it was not retried; read the offer with"
          + " OfferStatusClient.getOffer(\""
          + OFFER_ID
          + "\") (CLI: offer-status show "
          + OFFER_ID
          + ") to see whether its offer_status changed before sending it again";

  private final FakeTime time = new FakeTime();
  @RegisterExtension final MockWebServerExtension mock = new MockWebServerExtension();
  private final MockWebServer server = mock.server();

  /** A client whose reads wait long enough that a loaded machine cannot time them out. */
  private OfferStatusClient client() {
    return client(Duration.ofSeconds(30));
  }

  /** A client that gives up on a silent server quickly; only the timeout tests use it. */
  private OfferStatusClient impatientClient() {
    return client(Duration.ofMillis(300));
  }

  private OfferStatusClient client(Duration readTimeout) {
    return MockFeishu.client(server, time)
        .tenantAccessToken("t-fixed")
        .readTimeout(readTimeout)
        .build();
  }

  @Test
  void aReadTimeoutAfterSendingIsAnUnknownOutcomeAndIsNotRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(confirmed());

    assertThatThrownBy(() -> impatientClient().cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            OutcomeUnknownException.class,
            e -> {
              assertThat(e.httpStatus()).isZero();
              assertThat(e.logId()).isEmpty();
            })
        .hasMessageStartingWith(
            "POST " + PATH + " was sent but no complete answer arrived (SocketTimeoutException: ")
        .hasMessageEndingWith(UNKNOWN_OUTCOME);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aConnectionResetAfterTheRequestIsAnUnknownOutcome() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(confirmed());

    assertThatThrownBy(() -> client().cancelOnboarding(OFFER_ID))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageStartingWith("POST " + PATH + " was sent but no complete answer arrived (")
        .hasMessageEndingWith(UNKNOWN_OUTCOME);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSlowBodyIsAnUnknownOutcomeThatKeepsTheStatusAndLogId() {
    server.enqueue(confirmed().setBodyDelay(2, TimeUnit.SECONDS));

    assertThatThrownBy(() -> impatientClient().cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            OutcomeUnknownException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.logId()).contains("20221123ok");
            })
        .hasMessageStartingWith(
            "POST " + PATH + " was sent but no complete answer arrived (SocketTimeoutException: ")
        .hasMessageEndingWith(UNKNOWN_OUTCOME);
  }

  @Test
  void theCallTimeoutBoundsASlowTrickleOfBytes() {
    server.enqueue(confirmed().throttleBody(4, 100, TimeUnit.MILLISECONDS));
    OfferStatusClient client =
        MockFeishu.client(server, time)
            .tenantAccessToken("t-fixed")
            .callTimeout(Duration.ofMillis(500))
            .build();

    assertCutOffByTheCallTimeout(client, "500 ms");
  }

  @Test
  void byDefaultAnAnswerTricklingInWithinTheReadTimeoutStillEnds() {
    // MockWebServer throttles both ways: 64 bytes every 50 ms reads the request in well under the
    // 1 s read timeout, then trickles a 4 kB answer that never pauses long enough to trip it; the
    // default call timeout (connect 250 ms + read 1 s) ends the exchange
    server.enqueue(
        MockFeishu.json(
                200,
                "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer_id\":\""
                    + OFFER_ID
                    + "\"}}"
                    + " ".repeat(4000))
            .throttleBody(64, 50, TimeUnit.MILLISECONDS));
    OfferStatusClient client =
        MockFeishu.client(server, time)
            .tenantAccessToken("t-fixed")
            .connectTimeout(Duration.ofMillis(250))
            .readTimeout(Duration.ofSeconds(1))
            .build();

    assertCutOffByTheCallTimeout(client, "1250 ms");
  }

  private static void assertCutOffByTheCallTimeout(OfferStatusClient client, String timeout) {
    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessage(
            "POST "
                + PATH
                + " was sent but no complete answer arrived (InterruptedIOException: no complete"
                + " answer within the call timeout of "
                + timeout
                + ")"
                + UNKNOWN_OUTCOME);
  }

  @Test
  void aBodyCutShortIsAnUnknownOutcome() {
    server.enqueue(confirmed().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    assertThatThrownBy(() -> client().cancelOnboarding(OFFER_ID))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageEndingWith(UNKNOWN_OUTCOME);
  }

  @Test
  void aRefusedConnectionIsRetriedThenReportedAsNotSent() throws Exception {
    String url = server.url("/").toString();
    server.shutdown();
    OfferStatusClient client =
        OfferStatusClient.builder()
            .baseUrl(url)
            .tenantAccessToken("t-fixed")
            .timeSource(time)
            .build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.httpStatus()).isZero();
              assertThat(e.logId()).isEmpty();
            })
        .hasMessageStartingWith("POST " + PATH + " was not sent: ConnectException: ")
        .hasMessageEndingWith("(gave up after 3 attempts; sending it again is safe)");
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void aConnectFailureThenSuccessSendsTheRequestOnce() throws Exception {
    // First attempt: the port refuses; the retry goes to a live server on the same port.
    int port = server.getPort();
    server.shutdown();
    MockWebServer revived = new MockWebServer();
    OfferStatusClient client =
        OfferStatusClient.builder()
            .baseUrl("http://127.0.0.1:" + port + "/")
            .tenantAccessToken("t-fixed")
            .timeSource(
                new TimeSource() {
                  @Override
                  public long nanoTime() {
                    return time.nanoTime();
                  }

                  @Override
                  public void sleep(Duration duration) {
                    time.sleep(duration);
                    try {
                      revived.enqueue(confirmed());
                      revived.start(port);
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  }
                })
            .build();
    try {
      assertThat(client.cancelOnboarding(OFFER_ID).logId()).isEqualTo("20221123ok");
      assertThat(revived.getRequestCount()).isEqualTo(1);
    } finally {
      revived.shutdown();
    }
  }

  @Test
  void anHtmlErrorPageIsAnUnexpectedResponse() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(502)
            .setHeader("Content-Type", "text/html")
            .setHeader("X-Tt-Logid", "gw-502")
            .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

    assertThatThrownBy(() -> client().cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(502);
              assertThat(e.logId()).contains("gw-502");
            })
        .hasMessage(
            "POST "
                + PATH
                + ": expected Feishu's JSON envelope but got a body that is not JSON (HTTP 502,"
                + " log id gw-502, text/html, 50 bytes:"
                + " \"<html><body><h1>502 Bad Gateway</h1></body></html>\")");
  }

  @Test
  void truncatedJsonIsAnUnexpectedResponse() {
    server.enqueue(MockFeishu.json(200, "{\"code\":0,\"msg\":\"succ"));

    assertThatThrownBy(() -> client().cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageStartingWith(
            "POST "
                + PATH
                + ": expected Feishu's JSON envelope but got truncated or malformed JSON (")
        .hasMessageEndingWith(
            "(HTTP 200, no log id, application/json; charset=utf-8, 21 bytes:"
                + " \"{\\\"code\\\":0,\\\"msg\\\":\\\"succ\")");
  }

  @Test
  void anEnvelopeWithoutCodeIsAnUnexpectedResponse() {
    server.enqueue(MockFeishu.json(500, "{\"msg\":\"oops\"}"));

    assertThatThrownBy(() -> client().cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "POST "
                + PATH
                + ": expected Feishu's JSON envelope but got a JSON object without \"code\" (HTTP"
                + " 500, no log id, application/json; charset=utf-8, 14 bytes:"
                + " \"{\\\"msg\\\":\\\"oops\\\"}\")");
  }

  @Test
  void aStringCodeIsAnUnexpectedResponse() {
    server.enqueue(MockFeishu.json(200, "{\"code\":\"0\",\"msg\":\"ok\"}"));

    assertThatThrownBy(() -> client().cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("a JSON object whose \"code\" is not an integer");
  }

  @Test
  void anEmptyBodyIsAnUnexpectedResponse() {
    server.enqueue(new MockResponse().setResponseCode(503));

    assertThatThrownBy(() -> client().cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "POST "
                + PATH
                + ": expected Feishu's JSON envelope but got an empty body (HTTP 503, no log id,"
                + " no Content-Type, 0 bytes: \"\")");
  }

  @Test
  void aTokenEndpointAnsweringHtmlIsAnUnexpectedResponse() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "text/html")
            .setBody("<p>"));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "tenant_access_token request for app cli_a1b2c3: expected Feishu's JSON envelope but"
                + " got a body that is not JSON (HTTP 200, no log id, text/html, 3 bytes; body"
                + " withheld: it may hold a token)");
  }
}
