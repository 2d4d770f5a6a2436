package dev.offerstatus.benchmarks.redis;

import dev.offerstatus.client.RateLimit;
import dev.offerstatus.client.RateLimitedOperation;
import dev.offerstatus.client.RateLimiter;
import dev.offerstatus.client.RateLimiterFactory;
import dev.offerstatus.client.redis.RedisRateLimiterFactory;
import dev.offerstatus.sdk.operations.SpecOperations;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Locale;
import redis.embedded.RedisServer;

/**
 * The benchmark command for the cost of one permit: {@code acquire()} of the Redis limiter on a
 * loopback redis-server (started here) beside the in-JVM limiter, one thread, the spec's limits
 * (50/s, 1000/min). The calls rotate over many apps' budgets, 40 each, so that no call waits for a
 * window: what is timed is the permit itself (one EVALSHA round trip). Not part of {@code ./mvnw
 * verify}.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.offerstatus.benchmarks.redis.PermitLatencyRun [calls=20000]}
 */
public final class PermitLatencyRun {
  private static final int PER_BUDGET = 40; // under 50/s: never waits

  private PermitLatencyRun() {}

  /** Prints one Markdown table row per limiter. */
  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
    redis.start();
    try (RedisRateLimiterFactory shared =
        RedisRateLimiterFactory.create("redis://127.0.0.1:" + port)) {
      measure("in-JVM sliding-window log", RateLimiterFactory.inJvm(), calls / 4, "warm-up");
      measure("Redis (loopback), EVALSHA", shared, calls / 4, "warm-up");
      System.out.println("| limiter | calls | p50 | p99 | p99.9 | max |");
      System.out.println("|---|---|---|---|---|---|");
      measure("in-JVM sliding-window log", RateLimiterFactory.inJvm(), calls, "run");
      measure("Redis (loopback), EVALSHA", shared, calls, "run");
    } finally {
      redis.stop();
    }
  }

  private static void measure(String name, RateLimiterFactory factory, int calls, String phase)
      throws InterruptedException {
    long[] nanos = new long[calls];
    RateLimiter limiter = null;
    for (int i = 0; i < calls; i++) {
      if (i % PER_BUDGET == 0) {
        limiter =
            factory.forOperation(
                new RateLimitedOperation(
                    "https://open.feishu.cn/",
                    "cli_" + phase + "_" + (i / PER_BUDGET),
                    SpecOperations.INTERN_OFFER_STATUS.operationId(),
                    RateLimit.forOperation(SpecOperations.INTERN_OFFER_STATUS.operationId())));
      }
      long start = System.nanoTime();
      limiter.acquire();
      nanos[i] = System.nanoTime() - start;
    }
    if (phase.equals("warm-up")) {
      return;
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %s | %s | %s | %s |%n",
        name,
        calls,
        micros(nanos[calls / 2]),
        micros(nanos[(int) (calls * 0.99)]),
        micros(nanos[(int) (calls * 0.999)]),
        micros(nanos[calls - 1]));
  }

  private static String micros(long nanos) {
    return String.format(Locale.ROOT, "%.1f µs", nanos / 1000.0);
  }
}
