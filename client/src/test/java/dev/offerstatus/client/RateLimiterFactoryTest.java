package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.APP_ID;
import static dev.offerstatus.client.MockFeishu.APP_SECRET;
import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractResources;
import dev.offerstatus.testsupport.MockWebServerExtension;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimiterFactoryTest {
  private static final RateLimitedOperation OPERATION =
      new RateLimitedOperation(
          "https://open.feishu.cn/", "cli_a", "internOfferStatus", new RateLimit(50, 1000));

  private final FakeTime time = new FakeTime();
  @RegisterExtension final MockWebServerExtension mock = new MockWebServerExtension();
  private final MockWebServer server = mock.server();

  @Test
  void theInJvmFactoryGivesOneBudgetPerBaseUrlAppAndOperation() {
    RateLimiterFactory factory = RateLimiterFactory.inJvm(time);

    RateLimiter limiter = factory.forOperation(OPERATION);

    assertThat(factory.forOperation(OPERATION)).isSameAs(limiter);
    assertThat(
            factory.forOperation(
                new RateLimitedOperation(
                    "https://open.feishu.cn/", "cli_a", "listOffers", new RateLimit(50, 1000))))
        .isNotSameAs(limiter);
    assertThat(
            factory.forOperation(
                new RateLimitedOperation(
                    "https://open.feishu.cn/",
                    "cli_b",
                    "internOfferStatus",
                    new RateLimit(50, 1000))))
        .isNotSameAs(limiter);
    assertThat(limiter)
        .hasToString("SlidingWindowRateLimiter{50/s, 1000/min, margins 50 ms and 1000 ms}");
  }

  @Test
  void clientsSharingTheFactoryShareTheBudget() throws InterruptedException {
    RateLimiterFactory factory = RateLimiterFactory.inJvm(time);
    List<RateLimitedOperation> asked = new ArrayList<>();
    RateLimiterFactory recording =
        op -> {
          asked.add(op);
          return factory.forOperation(op);
        };
    client(recording);
    client(recording);

    List<RateLimitedOperation> perClient = budgets(server.url("/").toString(), APP_ID);
    List<RateLimitedOperation> both = new ArrayList<>(perClient);
    both.addAll(perClient);
    assertThat(asked).containsExactlyElementsOf(both);
    RateLimiter shared = factory.forOperation(asked.get(0));
    for (int i = 0; i < 50; i++) {
      shared.acquire();
    }
    assertThat(shared.acquire()).isEqualTo(Duration.ofMillis(1050));
  }

  @Test
  void aClientWithATokenAsksForABudgetWithoutAppId() {
    List<RateLimitedOperation> asked = new ArrayList<>();
    OfferStatusClient.builder()
        .baseUrl("https://open.feishu.cn/")
        .tenantAccessToken("t-fixed")
        .rateLimiter(
            op -> {
              asked.add(op);
              return () -> Duration.ZERO;
            })
        .build();

    assertThat(asked).containsExactlyElementsOf(budgets("https://open.feishu.cn/", null));
  }

  /** What a client asks the factory for: one budget per operation, each at its spec limit. */
  private static List<RateLimitedOperation> budgets(String baseUrl, String appId) {
    return List.of(
        new RateLimitedOperation(baseUrl, appId, "internOfferStatus", new RateLimit(50, 1000)),
        new RateLimitedOperation(baseUrl, appId, "getOffer", RateLimit.perSecondOnly(20)),
        new RateLimitedOperation(baseUrl, appId, "listOffers", new RateLimit(50, 1000)),
        new RateLimitedOperation(
            baseUrl, appId, "updateOfferStatus", new RateLimit(0, 100))); // per-minute only
  }

  @Test
  void anUnavailableLimiterFailsTheCallAsNotSentAndNothingLeaves() {
    RateLimiterUnavailableException down =
        new RateLimiterUnavailableException(
            "no rate-limit permit from Redis at redis://redis.example:6379 within 10 s (Connection"
                + " refused)",
            new ConnectException("Connection refused"));
    OfferStatusClient client =
        OfferStatusClient.builder()
            .baseUrl(server.url("/").toString())
            .tenantAccessToken("t-fixed")
            .rateLimiter(
                op ->
                    () -> {
                      throw down;
                    })
            .build();

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOf(TransportException.class)
        .hasMessage(
            "POST /open-apis/hire/v1/offers/"
                + OFFER_ID
                + "/intern_offer_status was not sent: no rate-limit permit from Redis at"
                + " redis://redis.example:6379 within 10 s (Connection refused)")
        .hasCause(down);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aFactoryMustNotReturnNull() {
    assertThatThrownBy(
            () ->
                OfferStatusClient.builder()
                    .tenantAccessToken("t-fixed")
                    .rateLimiter(op -> null)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("RateLimiterFactory.forOperation returned null");
  }

  @Test
  void aPerSecondOnlyLimitHasNoMinuteWindow() throws InterruptedException {
    SlidingWindowRateLimiter limiter =
        SlidingWindowRateLimiter.create(RateLimit.perSecondOnly(20), Duration.ZERO, time);
    long start = time.nanoTime();
    for (int i = 0; i < 2000; i++) {
      limiter.acquire();
    }
    assertThat(Duration.ofNanos(time.nanoTime() - start)).isEqualTo(Duration.ofSeconds(99));
    assertThat(limiter).hasToString("SlidingWindowRateLimiter{20/s, margins 0 ms and 0 ms}");
    assertThat(RateLimit.perSecondOnly(20).hasPerMinute()).isFalse();
  }

  @Test
  void aPerMinuteOnlyLimitHasNoSecondWindow() throws InterruptedException {
    assertThat(RateLimit.forOperation("updateOfferStatus")).isEqualTo(RateLimit.perMinuteOnly(100));
    SlidingWindowRateLimiter limiter =
        SlidingWindowRateLimiter.create(RateLimit.perMinuteOnly(100), Duration.ZERO, time);
    long start = time.nanoTime();
    for (int i = 0; i < 250; i++) {
      limiter.acquire();
    }
    // 100 at once, 100 a minute later, 50 two minutes later: no per-second pacing in between
    assertThat(Duration.ofNanos(time.nanoTime() - start)).isEqualTo(Duration.ofMinutes(2));
    assertThat(limiter).hasToString("SlidingWindowRateLimiter{100/min, margins 0 ms and 0 ms}");
    assertThat(RateLimit.perMinuteOnly(100).hasPerSecond()).isFalse();
  }

  @Test
  void limitsMustNotBeNegativeAndOneMustBePositive() {
    assertThatThrownBy(() -> new RateLimit(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rate limits must not be negative and at least one must be positive (0 for no such"
                + " window), got 0/s and 0/min");
    assertThatThrownBy(() -> new RateLimit(50, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rate limits must not be negative and at least one must be positive (0 for no such"
                + " window), got 50/s and -1/min");
  }

  @Test
  void aSpecWithAWindowTheClientCannotPaceIsRefusedWhenTheClientIsBuilt() {
    String spec =
        ContractResources.read(ContractResources.OPENAPI)
            .replace(
                "      x-rate-limit:\n        per-second: 20\n",
                "      x-rate-limit:\n        per-second: 20\n        per-hour: 5000\n");
    OfferStatusClient.Builder builder =
        OfferStatusClient.builder().spec(ContractModel.parse(spec)).tenantAccessToken("t-x");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The client paces per-second and per-minute windows only;"
                + " #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}/get/x-rate-limit/per-hour"
                + " declares 5000 calls per-hour");
  }

  private OfferStatusClient client(RateLimiterFactory factory) {
    return OfferStatusClient.builder()
        .baseUrl(server.url("/").toString())
        .appCredentials(APP_ID, APP_SECRET)
        .timeSource(time)
        .rateLimiter(factory)
        .build();
  }
}
