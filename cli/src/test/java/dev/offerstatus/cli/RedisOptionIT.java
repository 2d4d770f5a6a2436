package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.simulator.Offer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;

/** --redis and OFFER_STATUS_REDIS_URL: the jar shares the app's budget through a real Redis. */
class RedisOptionIT {
  private static final String PENDING = "7016605170635213100";

  private static int redisPort;
  private static RedisServer redis;

  @TempDir Path dir;

  @RegisterExtension
  final SimulatorFixture simulator = SimulatorFixture.seeded(Offer.pendingOnboarding(PENDING));

  @BeforeAll
  static void startRedis() throws IOException {
    redisPort = freePort();
    redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").build();
    redis.start();
  }

  @AfterAll
  static void stopRedis() throws IOException {
    redis.stop();
  }

  private Cli cli() {
    return SimulatorFixture.cli(dir);
  }

  @Test
  void aCallWithRedisBooksItsStartInTheAppsSharedLog() {
    Cli.Result result =
        cli()
            .run(
                "cancel-onboarding",
                PENDING,
                "--base-url",
                simulator.get().baseUrl(),
                "--redis",
                "redis://127.0.0.1:" + redisPort);

    assertThat(result.exit()).isZero();
    assertThat(result.errLines())
        .containsExactly(
            "sharing the app's rate limit through Redis at redis://127.0.0.1:" + redisPort);
    try (RedisClient admin = RedisClient.create("redis://127.0.0.1:" + redisPort)) {
      String log =
          "offer-status:rate:{" + simulator.get().baseUrl() + "|cli_test}:internOfferStatus:log";
      assertThat(admin.keys("offer-status:*")).containsExactly(log);
      // one start; a second only if an answer came too late to keep (a loaded machine)
      assertThat(admin.llen(log)).isBetween(1L, 2L);
    }
  }

  @Test
  void anUnreachableRedisSendsNothingAndNeverShowsThePassword() throws IOException {
    int closed = freePort();
    Cli.Result result =
        cli()
            .env("OFFER_STATUS_REDIS_URL", "redis://app:pa55word@127.0.0.1:" + closed)
            .run("cancel-onboarding", PENDING, "--base-url", simulator.get().baseUrl());

    assertThat(result.exit()).isEqualTo(ExitCodes.TRANSPORT);
    List<String> err = result.errLines();
    assertThat(err.get(0))
        .isEqualTo(
            "sharing the app's rate limit through Redis at redis://app:***@127.0.0.1:" + closed);
    assertThat(err.get(1))
        .isEqualTo(
            "not-sent: POST /open-apis/hire/v1/offers/"
                + PENDING
                + "/intern_offer_status was not sent: no rate-limit permit for internOfferStatus"
                + " from Redis at redis://app:***@127.0.0.1:"
                + closed
                + " within 5 s (JedisConnectionException: Failed to connect to 127.0.0.1:"
                + closed
                + ".)");
    assertThat(result.out() + result.err()).doesNotContain("pa55word");
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void aUriThatIsNotRedisIsAUsageError() {
    Cli.Result result =
        cli()
            .run(
                "cancel-onboarding",
                PENDING,
                "--base-url",
                simulator.get().baseUrl(),
                "--redis",
                "http://u:secret@127.0.0.1:6379");

    assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "error: --redis: Redis URI http://u:***@127.0.0.1:6379 is not"
                + " redis://[[user]:password@]host[:port][/db] (or rediss:// for TLS): the scheme"
                + " \"http\" is not redis or rediss\n");
  }

  @Test
  void anUnreadableUriFromTheEnvironmentIsNamedByItsVariableAndItsPasswordIsNotShown() {
    Cli.Result result =
        cli()
            .env("OFFER_STATUS_REDIS_URL", "redis://:Hunter2#x@127.0.0.1:6379")
            .run("cancel-onboarding", PENDING, "--base-url", simulator.get().baseUrl());

    assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("error: OFFER_STATUS_REDIS_URL: Redis URI ");
    assertThat(result.err()).doesNotContain("Hunter2");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
