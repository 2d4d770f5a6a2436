package dev.offerstatus.client.redis;

import dev.offerstatus.client.RateLimitedOperation;
import dev.offerstatus.client.RateLimiter;
import dev.offerstatus.client.RateLimiterUnavailableException;
import dev.offerstatus.client.TimeSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The budget of one operation of one app, kept in Redis: each {@link #acquire()} books the earliest
 * start both windows allow in one script run, then sleeps until it.
 */
final class RedisRateLimiter implements RateLimiter {
  private final RedisRateLimiterFactory factory;
  private final RateLimitedOperation operation;
  private final List<String> keys;
  private final List<String> fixedArgs;
  private final long longestWaitMicros;
  private final AtomicLong newestGranted = new AtomicLong();
  private final AtomicLong lostStates = new AtomicLong();
  private long offsetFloor; // see lateness()
  private long offsetFloorAt;
  private boolean anchored;

  RedisRateLimiter(RedisRateLimiterFactory factory, RateLimitedOperation operation, String key) {
    this.factory = factory;
    this.operation = operation;
    this.keys = List.of(key + ":log", key + ":hold");
    RedisRateLimiterFactory.Settings s = factory.settings();
    this.fixedArgs =
        List.of(
            Integer.toString(operation.limit().perSecond()),
            Integer.toString(operation.limit().perMinute()),
            Long.toString(micros(Duration.ofSeconds(1).plus(s.secondMargin()))),
            Long.toString(micros(Duration.ofMinutes(1).plus(s.minuteMargin()))),
            Long.toString(micros(s.maxAhead())));
    Duration longest =
        operation.limit().hasPerMinute()
            ? Duration.ofMinutes(1).plus(s.minuteMargin())
            : Duration.ofSeconds(1).plus(s.secondMargin());
    this.longestWaitMicros = micros(longest.plus(s.maxAhead()));
  }

  @Override
  public Duration acquire() throws InterruptedException {
    RedisRateLimiterFactory.Settings s = factory.settings();
    TimeSource time = s.time();
    long began = time.nanoTime();
    long failingSince = 0;
    int failures = 0;
    while (true) {
      long sent = System.nanoTime();
      LimiterScript.Reply reply;
      String failure;
      Throwable cause = null;
      try {
        reply = LimiterScript.INSTANCE.run(factory.jedis(), keys, args());
        long late = lateness(sent, System.nanoTime(), reply.nowMicros());
        if (reply.lost()) {
          lostStates.incrementAndGet();
        }
        if (!reply.granted()) {
          requirePlausible(reply);
          failures = 0;
          sleepMicros(time, reply.waitMicros());
          continue;
        }
        newestGranted.accumulateAndGet(reply.startMicros(), Math::max);
        if (late <= s.maxLateness().toNanos()) {
          sleepMicros(time, reply.waitMicros());
          return Duration.ofNanos(time.nanoTime() - began);
        }
        // The start was booked but the answer came too late to keep to it: leave it unused.
        failure =
            "a permit arrived up to "
                + Duration.ofNanos(late).toMillis()
                + " ms after Redis granted it, more than a start may slip ("
                + s.maxLateness().toMillis()
                + " ms)";
      } catch (JedisException e) {
        failure = factory.describe(e);
        cause = e;
      }
      long now = time.nanoTime();
      if (failures++ == 0) {
        failingSince = now;
      }
      long left = s.failClosedAfter().toNanos() - (now - failingSince);
      if (left <= 0) {
        throw new RateLimiterUnavailableException(
            "no rate-limit permit for "
                + operation.operationId()
                + " from Redis at "
                + factory.redactedUri()
                + " within "
                + describe(s.failClosedAfter())
                + " ("
                + failure
                + ")",
            cause);
      }
      long backoff = Duration.ofMillis(50).toNanos() << Math.min(failures - 1, 10);
      time.sleep(Duration.ofNanos(Math.min(backoff, left)));
    }
  }

  /**
   * Every start in the log was booked at most {@code maxAhead} after the clock of its day, and the
   * hold is set one longest window past that: no correct writer makes a caller wait longer than the
   * longest window plus {@code maxAhead}. A later start means the log holds a start in the future
   * (the Redis clock stepped back, a fail-over to a server whose clock is behind, another writer of
   * the key): waiting for it could take any time, so the call is not sent.
   */
  private void requirePlausible(LimiterScript.Reply reply) {
    long ahead = reply.startMicros() - reply.nowMicros();
    if (ahead > longestWaitMicros) {
      throw new RateLimiterUnavailableException(
          "no rate-limit permit for "
              + operation.operationId()
              + " from Redis at "
              + factory.redactedUri()
              + ": the earliest start that "
              + keys.get(0)
              + " (and "
              + keys.get(1)
              + ") allow is "
              + millis(ahead)
              + " ms after the Redis server's clock, longer than any caller can have to wait ("
              + millis(longestWaitMicros)
              + " ms: the longest window with its margin, and "
              + millis(micros(factory.settings().maxAhead()))
              + " ms booked ahead). A start in the future: the Redis clock stepped back, a"
              + " fail-over to a server whose clock is behind, or another writer of the key. Not"
              + " sent; delete both keys once no process of this app is sending, or wait until"
              + " the server's clock has passed that start",
          null);
    }
  }

  private static String millis(long micros) {
    return String.format(java.util.Locale.ROOT, "%,d", micros / 1000);
  }

  /**
   * An upper bound of how long after the script ran its answer arrived: the call starts that much
   * after its booked start. Never more than the round trip; usually much less, because most of a
   * slow round trip is spent before the script runs (the request waiting for the server), which
   * costs nothing. The bound: each answer gives {@code received - serverNow = offset + d} with
   * {@code 0 <= d <= roundTrip}, so {@code received - serverNow - roundTrip} is a floor of the
   * clocks' offset; the highest floor seen, lowered by 500 ppm of elapsed time (the most NTP slews
   * either clock), bounds {@code d} of every later answer. A Redis clock stepped forward would
   * break it, as it breaks every window on that clock.
   */
  private synchronized long lateness(long sent, long received, long serverNowMicros) {
    long roundTrip = received - sent;
    long sample = received - serverNowMicros * 1000;
    long floor = sample - roundTrip;
    if (anchored) {
      floor = Math.max(floor, offsetFloor - (received - offsetFloorAt) / 2000);
    }
    anchored = true;
    offsetFloor = floor;
    offsetFloorAt = received;
    return Math.max(0, Math.min(roundTrip, sample - floor));
  }

  /** How often this limiter found its log lost (a Redis restart or flush) and held every caller. */
  long lostStates() {
    return lostStates.get();
  }

  private List<String> args() {
    String now = factory.serverClockOverride();
    return List.of(
        fixedArgs.get(0),
        fixedArgs.get(1),
        fixedArgs.get(2),
        fixedArgs.get(3),
        fixedArgs.get(4),
        Long.toString(newestGranted.get()),
        now);
  }

  private static void sleepMicros(TimeSource time, long micros) throws InterruptedException {
    if (micros > 0) {
      time.sleep(Duration.ofNanos(micros * 1000));
    }
  }

  private static long micros(Duration d) {
    return d.toNanos() / 1000;
  }

  private static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  @Override
  public String toString() {
    return "RedisRateLimiter{"
        + operation.operationId()
        + ", "
        + operation.limit()
        + ", key "
        + keys.get(0)
        + ", "
        + factory.redactedUri()
        + "}";
  }
}
