package dev.offerstatus.client.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.client.OfferStatusResult;
import dev.offerstatus.client.TransportException;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import dev.offerstatus.testsupport.Readme;
import dev.offerstatus.testsupport.TestSource;
import org.junit.jupiter.api.Test;

/** client-redis/README.md's example compiles (it is this file's code) and does what it says. */
class ReadmeExampleTest {

  static String cancel(
      String redisUri, String appId, String appSecret, String baseUrl, String offerId) {
    // README example start
    try (RedisRateLimiterFactory sharedLimits = RedisRateLimiterFactory.create(redisUri)) {
      OfferStatusClient client =
          OfferStatusClient.builder()
              .appCredentials(appId, appSecret)
              .baseUrl(baseUrl)
              .rateLimiter(sharedLimits) // every process of this app: one budget per operation
              .build();
      OfferStatusResult result = client.cancelOnboarding(offerId);
      return "cancelled, log id " + result.logId();
    } catch (TransportException e) { // not sent (Redis or Feishu unreachable): safe to resend
      return "not sent: " + e.getMessage();
    }
    // README example end
  }

  @Test
  void theExampleSendsThroughTheSharedBudget() {
    try (TestRedis redis = new TestRedis();
        Simulator simulator =
            Simulator.builder().app("cli_a", "s").seed(Offer.pendingOnboarding("o1")).start()) {
      assertThat(cancel(redis.uri(), "cli_a", "s", simulator.baseUrl(), "o1"))
          .startsWith("cancelled, log id ");
    }
  }

  @Test
  void theExampleSaysNothingWasSentWhenRedisIsDown() {
    int closed = TestRedis.freePort();
    try (Simulator simulator =
        Simulator.builder().app("cli_a", "s").seed(Offer.pendingOnboarding("o1")).start()) {
      assertThat(cancel("redis://:pw@127.0.0.1:" + closed, "cli_a", "s", simulator.baseUrl(), "o1"))
          .isEqualTo(
              "not sent: POST /open-apis/hire/v1/offers/o1/intern_offer_status was not sent: no"
                  + " rate-limit permit for internOfferStatus from Redis at redis://:***@127.0.0.1:"
                  + closed
                  + " within 5 s (JedisConnectionException: Failed to connect to 127.0.0.1:"
                  + closed
                  + ".)");
      assertThat(simulator.operationRequests()).isZero();
    }
  }

  @Test
  void theReadmeShowsExactlyThisCode() {
    Readme.ofThisModule()
        .assertShows(
            TestSource.of(ReadmeExampleTest.class)
                .between("// README example start", "// README example end"));
  }
}
