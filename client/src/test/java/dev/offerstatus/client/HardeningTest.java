package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static dev.offerstatus.client.MockFeishu.PATH;
import static dev.offerstatus.client.MockFeishu.TOKEN_PATH;
import static dev.offerstatus.client.MockFeishu.confirmed;
import static dev.offerstatus.client.MockFeishu.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bounded answers, clamped token lifetimes, and "was it sent?". */
class HardeningTest {
  private static final int EIGHT_MIB = 8 * 1024 * 1024;

  private final FakeTime time = new FakeTime();
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static Buffer bytes(int n) {
    Buffer buffer = new Buffer();
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) ' ');
    for (int written = 0; written < n; written += chunk.length) {
      buffer.write(chunk);
    }
    return buffer;
  }

  @Test
  void aHugeStreamedAnswerIsRefusedAfterTheCapNotReadWhole() {
    server.enqueue(token("t-1", 7200));
    server.enqueue(
        new MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "application/json")
            .setHeader("X-Tt-Logid", "log-big")
            .setChunkedBody(bytes(EIGHT_MIB), 1024 * 1024));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "POST "
                + PATH
                + ": expected Feishu's JSON envelope but got a body of more than 4194304 bytes,"
                + " over the client's 4194304-byte cap; not read further (HTTP 200, log id"
                + " log-big, application/json)")
        .satisfies(e -> assertThat(((OfferStatusException) e).requestSent()).isTrue());
  }

  @Test
  void aDeclaredContentLengthOverTheCapIsRefusedBeforeReading() {
    server.enqueue(token("t-1", 7200));
    server.enqueue(
        new MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "application/json")
            .setBody(bytes(EIGHT_MIB)));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("a body of 8388608 bytes declared, over the client's 4194304-byte");
  }

  @Test
  void anErrorOnceTheRequestWasSentIsAnUnknownOutcome() {
    server.enqueue(token("t-1", 7200));
    server.enqueue(confirmed());
    OkHttpClient failing =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  okhttp3.Response response = chain.proceed(chain.request());
                  if (chain.request().url().encodedPath().equals(PATH)) {
                    response.close();
                    throw new OutOfMemoryError("Java heap space (simulated)");
                  }
                  return response;
                })
            .build();
    OfferStatusClient client = MockFeishu.client(server, time).okHttpClient(failing).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageStartingWith(
            "POST "
                + PATH
                + " was sent but no complete answer arrived (OutOfMemoryError: Java heap space"
                + " (simulated)): the outcome is unknown")
        .satisfies(e -> assertThat(((OfferStatusException) e).requestSent()).isTrue());
  }

  @Test
  void aTokenLifetimeBeyondADayIsClampedToADay() throws Exception {
    server.enqueue(
        MockFeishu.json(
            200,
            "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-1\",\"expire\":10000000000}"));
    server.enqueue(confirmed());
    server.enqueue(token("t-2", 7200));
    server.enqueue(confirmed());
    OfferStatusClient client = MockFeishu.client(server, time).build();

    client.confirmOnboarding(OFFER_ID, LocalDate.of(2022, 1, 1));
    time.advance(Duration.ofDays(1).minusMinutes(3));
    client.confirmOnboarding(OFFER_ID, LocalDate.of(2022, 1, 1));

    assertThat(server.takeRequest().getPath()).isEqualTo(TOKEN_PATH);
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t-1");
    assertThat(server.takeRequest().getPath()).isEqualTo(TOKEN_PATH);
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t-2");
  }

  @Test
  void aFailedTokenFetchSaysTheRequestWasNotSent() throws Exception {
    server.enqueue(
        new MockResponse()
            .setResponseCode(502)
            .setHeader("Content-Type", "text/html")
            .setBody("<html><body>502 Bad Gateway</body></html>"));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .satisfies(e -> assertThat(((OfferStatusException) e).requestSent()).isFalse());
    assertThat(server.takeRequest().getPath()).isEqualTo(TOKEN_PATH);
    assertThat(server.takeRequest(100, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aRefusedTokenSaysTheRequestWasNotSent() {
    server.enqueue(MockFeishu.json(400, "{\"code\":10014,\"msg\":\"app secret invalid\"}"));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(((OfferStatusException) e).requestSent()).isFalse());
  }

  @Test
  void anAnswerFromFeishuSaysTheRequestWasSent() {
    server.enqueue(token("t-1", 7200));
    server.enqueue(MockFeishu.error(400, 1002067, "offer status is not pending onboarding"));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(FeishuApiException.class)
        .satisfies(e -> assertThat(((OfferStatusException) e).requestSent()).isTrue());
  }
}
