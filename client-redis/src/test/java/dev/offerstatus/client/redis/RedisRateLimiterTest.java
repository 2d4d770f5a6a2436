package dev.offerstatus.client.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.client.FakeTime;
import dev.offerstatus.client.RateLimit;
import dev.offerstatus.client.RateLimitedOperation;
import dev.offerstatus.client.RateLimiter;
import dev.offerstatus.client.RateLimiterUnavailableException;
import dev.offerstatus.client.SlidingWindowRateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The Redis limiter against a real redis-server started here. */
class RedisRateLimiterTest {
  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();
  private static final String BASE_URL = "https://open.feishu.cn/";
  private static final RateLimitedOperation WRITE =
      new RateLimitedOperation(BASE_URL, "cli_a", "internOfferStatus", new RateLimit(50, 1000));

  private static final String LOG =
      "offer-status:rate:{https://open.feishu.cn/|cli_a}:internOfferStatus:log";

  private static TestRedis redis;
  private static RedisClient admin;

  private final FakeTime time = new FakeTime();
  private final List<RedisRateLimiterFactory> factories = new ArrayList<>();

  @BeforeAll
  static void startRedis() {
    redis = new TestRedis();
    admin = RedisClient.create(redis.uri());
  }

  @AfterAll
  static void stopRedis() {
    admin.close();
    redis.close();
  }

  @BeforeEach
  void emptyRedis() {
    admin.flushAll();
  }

  @AfterEach
  void closeFactories() {
    factories.forEach(RedisRateLimiterFactory::close);
  }

  @Test
  void firstFiftyCallsDoNotWaitAndTheNextWaitsForTheSecondWindow() throws InterruptedException {
    RateLimiter limiter = factory().forOperation(WRITE);
    for (int i = 0; i < 50; i++) {
      assertThat(limiter.acquire()).isZero();
    }
    assertThat(limiter.acquire()).isEqualTo(Duration.ofMillis(1050));
    // booked only once the start is at most 1 s ahead: asks at 50 ms, then sleeps 1 s to it
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(50), Duration.ofSeconds(1));
  }

  @Test
  void aPerMinuteOnlyLimitLetsAHundredGoAtOnceAndTheNextWaitsForTheMinute()
      throws InterruptedException {
    RateLimiter limiter =
        factory()
            .forOperation(
                new RateLimitedOperation(
                    BASE_URL, "cli_a", "updateOfferStatus", RateLimit.perMinuteOnly(100)));
    for (int i = 0; i < 100; i++) {
      assertThat(limiter.acquire()).isZero();
    }
    assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(61));
    // booked only once the start is at most 1 s ahead: asks at 60 s, then sleeps 1 s to it
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2026, 99991400})
  void theScriptStartsEveryCallWhenTheInJvmLimiterWould(long seed) throws InterruptedException {
    RateLimiter shared = factory().forOperation(WRITE);
    FakeTime jvmTime = new FakeTime();
    SlidingWindowRateLimiter inJvm = SlidingWindowRateLimiter.create(WRITE.limit(), jvmTime);
    Random random = new Random(seed);
    List<Long> starts = new ArrayList<>();
    List<Long> jvmStarts = new ArrayList<>();
    while (starts.size() < 3000) {
      if (random.nextInt(10) == 0) {
        Duration idle = Duration.ofMillis(random.nextInt(30_000));
        time.advance(idle);
        jvmTime.advance(idle);
      }
      for (int burst = random.nextInt(200); burst > 0; burst--) {
        shared.acquire();
        inJvm.acquire();
        starts.add(time.nanoTime());
        jvmStarts.add(jvmTime.nanoTime());
        if (random.nextBoolean()) {
          Duration pause = Duration.ofMillis(random.nextInt(40));
          time.advance(pause);
          jvmTime.advance(pause);
        }
      }
    }
    assertThat(starts).isEqualTo(jvmStarts);
    assertWithinLimits(starts, 50, 1000);
  }

  @Test
  void threeProcessesSharingRedisStayWithinTheLimitTogether() throws InterruptedException {
    List<RateLimiter> processes =
        List.of(
            factory().forOperation(WRITE),
            factory().forOperation(WRITE),
            factory().forOperation(WRITE));
    List<Long> starts = new ArrayList<>();
    long end = time.nanoTime() + 3 * MINUTE;
    Random random = new Random(3);
    while (time.nanoTime() - end < 0) {
      processes.get(random.nextInt(3)).acquire();
      starts.add(time.nanoTime());
    }
    assertThat(starts).hasSizeGreaterThanOrEqualTo(2850);
    assertWithinLimits(starts, 50, 1000);
  }

  @Test
  void eachAppAndOperationHasItsOwnSelfExpiringLogInTheAppsClusterSlot()
      throws InterruptedException {
    RedisRateLimiterFactory factory = factory();
    String write = LOG;
    String read = "offer-status:rate:{https://open.feishu.cn/|cli_a}:getOffer:log";
    // Each log expires one window + margin after the script ran, in whole milliseconds + 1
    // (61,000 ms + 1; 1,050 ms + 1). PTTL reads it a few milliseconds later: the key loses at
    // most the time from just before the acquire to just after the PTTL, measured on the clock
    // PEXPIRE and PTTL read (the Redis server's wall clock in whole milliseconds).
    assertTtlRightAfter(factory.forOperation(WRITE), write, 61_001);
    RateLimitedOperation getOffer =
        new RateLimitedOperation(BASE_URL, "cli_a", "getOffer", RateLimit.perSecondOnly(20));
    assertTtlRightAfter(factory.forOperation(getOffer), read, 1_051);
    assertThat(admin.keys("offer-status:*")).containsExactlyInAnyOrder(write, read);
    assertThat(JedisClusterCRC16.getSlot(write)).isEqualTo(JedisClusterCRC16.getSlot(read));
    assertThat(JedisClusterCRC16.getSlot(write + ":hold"))
        .isEqualTo(JedisClusterCRC16.getSlot(write));
  }

  @Test
  void withoutAFakeClockTheStartsComeFromTheRedisServersClock() throws InterruptedException {
    RedisRateLimiterFactory factory =
        track(RedisRateLimiterFactory.builder(redis.uri()).timeSource(time).build());
    RateLimiter limiter = factory.forOperation(WRITE);
    long before = serverMicros();
    limiter.acquire();
    long after = serverMicros();
    String start = admin.lindex(LOG, 0);
    assertThat(Long.parseLong(start)).isBetween(before, after);
  }

  @Test
  void aFlushedScriptCacheCostsOneEvalAndNothingElse() throws InterruptedException {
    RateLimiter limiter = factory().forOperation(WRITE);
    limiter.acquire();
    admin.scriptFlush();
    long evals = commandCalls("eval");
    long evalshas = commandCalls("evalsha");

    limiter.acquire();
    limiter.acquire();

    assertThat(commandCalls("eval") - evals).isEqualTo(1);
    assertThat(commandCalls("evalsha") - evalshas).isEqualTo(2);
    assertThat(admin.scriptExists(List.of(LimiterScript.INSTANCE.sha1()))).containsExactly(true);
  }

  @Test
  void aRedisRestartedMidRunHoldsEveryCallerForAWindow() throws InterruptedException {
    RedisRateLimiterFactory before = factory();
    RateLimiter limiter = before.forOperation(WRITE);
    for (int i = 0; i < 40; i++) {
      limiter.acquire();
    }
    long lastStart = time.nanoTime();
    redis.stop();
    redis.start();
    admin.close();
    admin = RedisClient.create(redis.uri());
    time.advance(Duration.ofMillis(300));
    time.clearSleeps();

    limiter.acquire();

    // the log is gone: nothing starts until one minute window (61 s) and 1 s ahead have passed
    assertThat(time.nanoTime() - lastStart).isGreaterThanOrEqualTo(62 * SECOND);
    assertThat(time.sleeps()).endsWith(Duration.ofSeconds(61), Duration.ofSeconds(1));
    assertThat(((RedisRateLimiter) limiter).lostStates()).isEqualTo(1);
    // a process that never used this Redis queues behind the held start
    RateLimiter newcomer = factory().forOperation(WRITE);
    List<Long> starts = new ArrayList<>(List.of(time.nanoTime()));
    for (int i = 0; i < 100; i++) {
      newcomer.acquire();
      starts.add(time.nanoTime());
    }
    assertWithinLimits(starts, 50, 1000);
  }

  @Test
  void anUnreachableRedisFailsClosedAfterTheBoundedWait() {
    int closedPort = TestRedis.freePort();
    RedisRateLimiterFactory factory =
        track(
            RedisRateLimiterFactory.builder("redis://app:pa55word@127.0.0.1:" + closedPort)
                .timeSource(time)
                .failClosedAfter(Duration.ofSeconds(1))
                .build());
    RateLimiter limiter = factory.forOperation(WRITE);

    assertThatThrownBy(limiter::acquire)
        .isInstanceOf(RateLimiterUnavailableException.class)
        .hasMessageStartingWith(
            "no rate-limit permit for internOfferStatus from Redis at redis://app:***@127.0.0.1:"
                + closedPort
                + " within 1 s (JedisConnectionException: ")
        .hasMessageNotContaining("pa55word");
    assertThat(time.sleeps())
        .containsExactly(
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(250));
    assertThat(factory)
        .hasToString("RedisRateLimiterFactory{redis://app:***@127.0.0.1:" + closedPort + "}");
  }

  @Test
  void anAnswerThatArrivesTooLateIsNeverUsed() throws Exception {
    try (SlowProxy slow = new SlowProxy(redis.port()).delayAnswers(Duration.ofMillis(60))) {
      RateLimiter limiter =
          track(
                  RedisRateLimiterFactory.builder(slow.uri())
                      .timeSource(time)
                      .failClosedAfter(Duration.ofMillis(300))
                      .build())
              .forOperation(WRITE);

      assertThatThrownBy(limiter::acquire)
          .isInstanceOf(RateLimiterUnavailableException.class)
          .hasMessageStartingWith(
              "no rate-limit permit for internOfferStatus from Redis at "
                  + slow.uri()
                  + " within 300 ms (a permit arrived up to ")
          .hasMessageEndingWith(" ms after Redis granted it, more than a start may slip (25 ms))");
      // each late answer booked a start that was left unused: safe, only slower
      assertThat(time.sleeps())
          .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(150));
      assertThat(admin.llen(LOG)).isEqualTo(4);
    }
  }

  @Test
  void aRequestThatWaitsBeforeRedisRunsItCostsNothing() throws Exception {
    try (SlowProxy slow = new SlowProxy(redis.port())) {
      RateLimiter limiter =
          track(
                  RedisRateLimiterFactory.builder(slow.uri())
                      .timeSource(time)
                      .maxLateness(Duration.ofMillis(150)) // this machine may be loaded
                      .build())
              .forOperation(WRITE);
      for (int i = 0; i < 20; i++) {
        limiter.acquire(); // quick answers: from the quickest, the clocks' offset is known
      }
      slow.delayRequests(Duration.ofMillis(300));

      for (int i = 0; i < 5; i++) {
        limiter.acquire();
      }

      // the round trips took 300 ms, but the script ran at their end: every start was used
      assertThat(time.sleeps()).isEmpty();
      assertThat(admin.llen(LOG)).isEqualTo(25);
    }
  }

  @Test
  void aClientWithoutAppIdNeedsOneConfigured() {
    RateLimitedOperation tokenOnly =
        new RateLimitedOperation(BASE_URL, null, "internOfferStatus", new RateLimit(50, 1000));
    assertThatThrownBy(() -> factory().forOperation(tokenOnly))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The Redis rate limiter keys each budget by app id, and this client has none (it was"
                + " given a token, not app credentials): set it with"
                + " RedisRateLimiterFactory.Builder.appId(appId)");
    RateLimiter limiter =
        track(RedisRateLimiterFactory.builder(redis.uri()).appId("cli_b").build())
            .forOperation(tokenOnly);
    assertThat(limiter)
        .hasToString(
            "RedisRateLimiter{internOfferStatus, 50/s, 1000/min, key"
                + " offer-status:rate:{https://open.feishu.cn/|cli_b}:internOfferStatus:log, "
                + redis.uri()
                + "}");
  }

  @Test
  void aUriThatIsNotRedisIsRefusedWithoutShowingThePassword() {
    assertThatThrownBy(() -> RedisRateLimiterFactory.builder("http://u:secret@host:6379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Redis URI http://u:***@host:6379 is not redis://[[user]:password@]host[:port][/db]"
                + " (or rediss:// for TLS)");
    assertThatThrownBy(() -> RedisRateLimiterFactory.builder("redis://u:sec ret@host"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Redis URI <not a URI> is not a URI (");
  }

  private RedisRateLimiterFactory factory() {
    return track(
        RedisRateLimiterFactory.builder(redis.uri())
            .timeSource(time)
            .serverClock(time)
            .maxLateness(Duration.ofSeconds(10)) // real answers may be slow here; the clock is fake
            .build());
  }

  private RedisRateLimiterFactory track(RedisRateLimiterFactory factory) {
    factories.add(factory);
    return factory;
  }

  private static void assertTtlRightAfter(RateLimiter limiter, String key, long expire)
      throws InterruptedException {
    long before = serverMicros() / 1000;
    limiter.acquire();
    long ttl = admin.pttl(key);
    long elapsed = serverMicros() / 1000 - before;
    assertThat(ttl).as("PTTL %s, %d ms after", key, elapsed).isBetween(expire - elapsed, expire);
  }

  private static long serverMicros() {
    List<?> t = (List<?>) admin.eval("return redis.call('TIME')");
    return Long.parseLong(t.get(0).toString()) * 1_000_000 + Long.parseLong(t.get(1).toString());
  }

  private static long commandCalls(String command) {
    String info = admin.info("commandstats");
    for (String line : info.split("\r\n")) {
      if (line.startsWith("cmdstat_" + command + ":")) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (String field : line.substring(line.indexOf(':') + 1).split(",")) {
          fields.put(
              field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
        }
        return Long.parseLong(fields.get("calls"));
      }
    }
    return 0;
  }

  /** Every window of every alignment holds at most the limit (same check as the client's test). */
  static void assertWithinLimits(List<Long> starts, int perSecond, int perMinute) {
    for (int i = 0; i + perSecond < starts.size(); i++) {
      assertThat(starts.get(i + perSecond) - starts.get(i)).isGreaterThanOrEqualTo(SECOND);
    }
    for (int i = 0; i + perMinute < starts.size(); i++) {
      assertThat(starts.get(i + perMinute) - starts.get(i)).isGreaterThanOrEqualTo(MINUTE);
    }
  }
}
