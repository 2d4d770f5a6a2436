package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.APP_ID;
import static dev.offerstatus.client.MockFeishu.APP_SECRET;
import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static dev.offerstatus.client.MockFeishu.PATH;
import static dev.offerstatus.client.MockFeishu.TOKEN_PATH;
import static dev.offerstatus.client.MockFeishu.confirmed;
import static dev.offerstatus.client.MockFeishu.error;
import static dev.offerstatus.client.MockFeishu.token;
import static dev.offerstatus.sdk.model.Operation.CONFIRM_ONBOARDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.testsupport.MockWebServerExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OfferStatusClientTest {
  private final FakeTime time = new FakeTime();
  @RegisterExtension final MockWebServerExtension mock = new MockWebServerExtension();
  private final MockWebServer server = mock.server();

  @Test
  void confirmOnboardingFetchesATokenThenPostsTheRequest() throws Exception {
    server.enqueue(token("t-first", 7200));
    server.enqueue(confirmed());
    OfferStatusClient client = MockFeishu.client(server, time).build();

    OfferStatusResult result = client.confirmOnboarding(OFFER_ID, LocalDate.of(2022, 1, 1));

    assertThat(result.logId()).isEqualTo("20221123ok");
    assertThat(result.data().getOfferId()).isEqualTo(OFFER_ID);
    assertThat(result.data().getOperation()).isEqualTo(CONFIRM_ONBOARDING);
    assertThat(result.data().getOnboardingInfo().getActualOnboardingDate())
        .isEqualTo(LocalDate.of(2022, 1, 1));
    RecordedRequest tokenRequest = server.takeRequest();
    assertThat(tokenRequest.getMethod()).isEqualTo("POST");
    assertThat(tokenRequest.getPath()).isEqualTo(TOKEN_PATH);
    assertThat(tokenRequest.getBody().readUtf8())
        .isIn(
            "{\"app_id\":\"" + APP_ID + "\",\"app_secret\":\"" + APP_SECRET + "\"}",
            "{\"app_secret\":\"" + APP_SECRET + "\",\"app_id\":\"" + APP_ID + "\"}");
    RecordedRequest call = server.takeRequest();
    assertThat(call.getMethod()).isEqualTo("POST");
    assertThat(call.getPath()).isEqualTo(PATH);
    assertThat(call.getHeader("Authorization")).isEqualTo("Bearer t-first");
    assertThat(call.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(call.getBody().readUtf8())
        .isEqualTo(
            "{\"operation\":\"confirm_onboarding\","
                + "\"onboarding_info\":{\"actual_onboarding_date\":\"2022-01-01\"}}");
  }

  @Test
  void cancelAndOffboardPostTheirBodies() throws Exception {
    server.enqueue(token("t-first", 7200));
    server.enqueue(confirmed());
    server.enqueue(confirmed());
    OfferStatusClient client = MockFeishu.client(server, time).build();

    client.cancelOnboarding(OFFER_ID);
    client.offboard(OFFER_ID, LocalDate.of(2022, 3, 2), "主动离职");

    server.takeRequest();
    assertThat(server.takeRequest().getBody().readUtf8())
        .isEqualTo("{\"operation\":\"cancel_onboarding\"}");
    assertThat(server.takeRequest().getBody().readUtf8())
        .isEqualTo(
            "{\"operation\":\"offboard\",\"offboarding_info\":"
                + "{\"actual_offboarding_date\":\"2022-03-02\",\"notes\":\"主动离职\"}}");
  }

  @Test
  void offerIdIsPercentEncodedAsOnePathSegment() throws Exception {
    server.enqueue(confirmed());
    OfferStatusClient client = MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

    client.cancelOnboarding("a b?c#d%1");

    assertThat(server.takeRequest().getPath())
        .isEqualTo("/open-apis/hire/v1/offers/a%20b%3Fc%23d%251/intern_offer_status");
  }

  @Test
  void theTokenIsCachedUntilThreeMinutesBeforeItExpires() throws Exception {
    server.enqueue(token("t-first", 7200));
    server.enqueue(confirmed());
    server.enqueue(confirmed());
    server.enqueue(token("t-second", 7200));
    server.enqueue(confirmed());
    OfferStatusClient client = MockFeishu.client(server, time).build();

    client.cancelOnboarding(OFFER_ID);
    time.advance(Duration.ofSeconds(7200 - 180).minusNanos(1));
    client.cancelOnboarding(OFFER_ID);
    time.advance(Duration.ofNanos(1));
    client.cancelOnboarding(OFFER_ID);

    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      RecordedRequest r = server.takeRequest();
      seen.add(r.getPath().equals(TOKEN_PATH) ? "token" : r.getHeader("Authorization"));
    }
    assertThat(seen)
        .containsExactly("token", "Bearer t-first", "Bearer t-first", "token", "Bearer t-second");
  }

  @Test
  void aDifferentSecretNeverReusesTheCachedToken() throws Exception {
    server.enqueue(token("t-right", 7200));
    server.enqueue(confirmed());
    server.enqueue(error(400, 10015, "wrong app secret"));
    TenantTokenCache shared = TenantTokenCache.create();
    OfferStatusClient right = MockFeishu.client(server, time).tokenCache(shared).build();
    OfferStatusClient wrong =
        MockFeishu.client(server, time)
            .appCredentials(APP_ID, "a-wrong-secret")
            .tokenCache(shared)
            .build();

    right.cancelOnboarding(OFFER_ID);

    assertThatThrownBy(() -> wrong.cancelOnboarding(OFFER_ID))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage(
            "tenant_access_token request for app cli_a1b2c3: Feishu answered code 10015 \"wrong"
                + " app secret\" (HTTP 400, log id log-10015): the token request was refused"
                + " (wrong app secret); check the app id and app secret");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void concurrentCallersFetchTheTokenOnce() throws Exception {
    int callers = 8;
    CountDownLatch started = new CountDownLatch(callers);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger tokenRequests = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (!TOKEN_PATH.equals(request.getPath())) {
              return confirmed();
            }
            tokenRequests.incrementAndGet();
            // hold the token answer until every caller has started and is waiting for a token
            release.await(10, TimeUnit.SECONDS);
            return token("t-once", 7200);
          }
        });
    OfferStatusClient client = MockFeishu.client(server, time).withoutRateLimiting().build();
    List<Thread> threads = new CopyOnWriteArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            callers,
            task -> {
              Thread thread = new Thread(task);
              threads.add(thread);
              return thread;
            });
    try {
      List<Future<OfferStatusResult>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(
            pool.submit(
                () -> {
                  started.countDown();
                  return client.cancelOnboarding(OFFER_ID);
                }));
      }
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      // Release the token only once one caller is fetching it and the 7 others are parked
      // waiting for it (or, with a broken cache, once a second token request shows up).
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() - deadline < 0
          && tokenRequests.get() <= 1
          && !(tokenRequests.get() == 1 && parked(threads) == callers - 1)) {
        Thread.sleep(1);
      }
      release.countDown();
      for (Future<OfferStatusResult> call : calls) {
        assertThat(call.get(10, TimeUnit.SECONDS).logId()).isEqualTo("20221123ok");
      }
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(tokenRequests.get()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(callers + 1);
  }

  private static long parked(List<Thread> threads) {
    return threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count();
  }

  @Test
  void aTokenAnswerWithABadExpireNamesTheProblemButNotTheToken() {
    server.enqueue(
        MockFeishu.json(
            200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-leaky\",\"expire\":0}"));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "tenant_access_token request for app cli_a1b2c3: expected Feishu's JSON envelope but"
                + " got code 0 with \"expire\" 0, not a positive number of seconds (HTTP 200, no"
                + " log id, application/json; charset=utf-8, 64 bytes; body withheld: it may"
                + " hold a token)")
        .message()
        .doesNotContain("t-leaky");
  }

  @Test
  void aTokenAnswerWithoutATokenStringNamesTheProblemButNotTheBody() {
    server.enqueue(
        MockFeishu.json(
            200,
            "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":[\"t-leaky\"],\"expire\":7200}"));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "tenant_access_token request for app cli_a1b2c3: expected Feishu's JSON envelope but"
                + " got code 0 without a non-blank \"tenant_access_token\" string (HTTP 200, no"
                + " log id, application/json; charset=utf-8, 69 bytes; body withheld: it may"
                + " hold a token)")
        .message()
        .doesNotContain("t-leaky");
  }

  @Test
  void aMalformedTokenAnswerDoesNotQuoteTheBodyNorTheParserMessage() {
    server.enqueue(
        MockFeishu.json(200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":t-leaky}"));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasNoCause()
        .hasMessage(
            "tenant_access_token request for app cli_a1b2c3: expected Feishu's JSON envelope but"
                + " got truncated or malformed JSON (HTTP 200, no log id, application/json;"
                + " charset=utf-8, 51 bytes; body withheld: it may hold a token)");
  }

  @Test
  void anExpiredTokenIsDroppedRefetchedAndTheRequestReplayedOnce() throws Exception {
    server.enqueue(token("t-stale", 7200));
    server.enqueue(error(400, 99991663, "Invalid access token for authorization."));
    server.enqueue(token("t-fresh", 7200));
    server.enqueue(confirmed());
    OfferStatusClient client = MockFeishu.client(server, time).build();

    OfferStatusResult result = client.cancelOnboarding(OFFER_ID);

    assertThat(result.logId()).isEqualTo("20221123ok");
    server.takeRequest();
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t-stale");
    assertThat(server.takeRequest().getPath()).isEqualTo(TOKEN_PATH);
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t-fresh");
  }

  @Test
  void aTokenRejectedTwiceIsAnAuthenticationError() {
    server.enqueue(token("t-stale", 7200));
    server.enqueue(error(400, 99991663, "Invalid access token for authorization."));
    server.enqueue(token("t-fresh", 7200));
    server.enqueue(error(400, 99991663, "Invalid access token for authorization."));
    OfferStatusClient client = MockFeishu.client(server, time).build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage(
            "POST "
                + PATH
                + ": Feishu answered code 99991663 \"Invalid access token for authorization.\""
                + " (HTTP 400, log id log-99991663): the tenant_access_token is invalid or"
                + " expired, also after fetching a new one and replaying once");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aFixedTokenIsNotReplayed() {
    server.enqueue(error(400, 99991663, "Invalid access token for authorization."));
    OfferStatusClient client = MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageEndingWith(
            "the tenant_access_token is invalid or expired; the token provider cannot supply a"
                + " new one");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aThrottledCallWaitsForTheResetHeaderThenRetries() throws Exception {
    server.enqueue(
        error(429, 99991400, "request trigger frequency limit")
            .setHeader("x-ogw-ratelimit-limit", "50")
            .setHeader("x-ogw-ratelimit-reset", "2"));
    server.enqueue(confirmed());
    OfferStatusClient client = MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

    assertThat(client.cancelOnboarding(OFFER_ID).logId()).isEqualTo("20221123ok");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aResetOfTheLongestRateWindowIsWaitedFor() {
    server.enqueue(
        error(429, 99991400, "request trigger frequency limit")
            .setHeader("x-ogw-ratelimit-limit", "1000")
            .setHeader("x-ogw-ratelimit-reset", "60"));
    server.enqueue(confirmed());
    OfferStatusClient client = MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

    assertThat(client.cancelOnboarding(OFFER_ID).logId()).isEqualTo("20221123ok");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void aResetBeyondTheLongestRateWindowFailsAtOnceInsteadOfWaiting() {
    server.enqueue(
        error(429, 99991400, "request trigger frequency limit")
            .setHeader("x-ogw-ratelimit-limit", "1000")
            .setHeader("x-ogw-ratelimit-reset", "86400"));
    OfferStatusClient client = MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.limit()).hasValue(1000);
              assertThat(e.resetSeconds()).hasValue(86400);
            })
        .hasMessage(
            "POST "
                + PATH
                + ": Feishu answered code 99991400 \"request trigger frequency limit\" (HTTP 429,"
                + " log id log-99991400): throttled (x-ogw-ratelimit-limit 1000,"
                + " x-ogw-ratelimit-reset 86400 s); not waited for: the reset is longer than the"
                + " longest rate window of the spec's x-rate-limit (60 s)");
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withoutAResetHeaderItBacksOffExponentiallyAndGivesUp() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(error(429, 99991400, "request trigger frequency limit"));
    }
    OfferStatusClient client = MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(99991400);
              assertThat(e.httpStatus()).isEqualTo(429);
              assertThat(e.logId()).contains("log-99991400");
              assertThat(e.limit()).isEmpty();
              assertThat(e.resetSeconds()).isEmpty();
            })
        .hasMessage(
            "POST "
                + PATH
                + ": Feishu answered code 99991400 \"request trigger frequency limit\" (HTTP 429,"
                + " log id log-99991400): throttled (x-ogw-ratelimit-limit absent,"
                + " x-ogw-ratelimit-reset absent); gave up after 4 attempts");
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void theClientPacesItsOwnCallsToTheSpecsLimit() {
    for (int i = 0; i < 51; i++) {
      server.enqueue(confirmed());
    }
    OfferStatusClient client = MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

    for (int i = 0; i < 51; i++) {
      client.cancelOnboarding(OFFER_ID);
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1050));
  }

  @Test
  void aCallerTokenProviderIsUsedAndInvalidated() throws Exception {
    server.enqueue(error(400, 99991663, "Invalid access token for authorization."));
    server.enqueue(confirmed());
    List<String> invalidated = new ArrayList<>();
    TokenProvider provider =
        new TokenProvider() {
          @Override
          public String tenantAccessToken() {
            return invalidated.isEmpty() ? "t-old" : "t-new";
          }

          @Override
          public void invalidate(String token) {
            invalidated.add(token);
          }
        };
    OfferStatusClient client = MockFeishu.client(server, time).tokenProvider(provider).build();

    client.cancelOnboarding(OFFER_ID);

    assertThat(invalidated).containsExactly("t-old");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t-old");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t-new");
  }

  @Test
  void successWithoutDataIsAnUnexpectedResponse() {
    server.enqueue(MockFeishu.json(200, "{\"code\":0,\"msg\":\"success\"}"));
    OfferStatusClient client = MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "POST "
                + PATH
                + ": expected Feishu's JSON envelope but got a success envelope without \"data\""
                + " (HTTP 200, no log id, application/json; charset=utf-8, 26 bytes:"
                + " \"{\\\"code\\\":0,\\\"msg\\\":\\\"success\\\"}\")");
  }
}
