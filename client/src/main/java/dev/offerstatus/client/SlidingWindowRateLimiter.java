package dev.offerstatus.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A sliding-window-log rate limiter: a call may start only when fewer than {@code perSecond} calls
 * started in the last second and fewer than {@code perMinute} in the last minute (each window the
 * limit declares, widened by a safety margin), so no window of the server, whatever its alignment,
 * sees more than the limit; thread-safe.
 *
 * <p>It only limits the calls that go through it: every {@link OfferStatusClient} builds its own by
 * default, so several clients of the same app in one JVM must share one {@link RateLimiterFactory}
 * ({@link RateLimiterFactory#inJvm()}), passed to each through {@link
 * OfferStatusClient.Builder#rateLimiter}, or together they exceed the app's limit; clients in
 * several processes share one through Redis ({@code client-redis}).
 */
public final class SlidingWindowRateLimiter implements RateLimiter {
  /** Default widening of the 1-second window: absorbs scheduling and network jitter. */
  public static final Duration DEFAULT_SECOND_MARGIN = Duration.ofMillis(50);

  /**
   * Default widening of the 60-second window: a call delayed by up to this much between its permit
   * and the server still lands in the right minute; costs under 2% of the ceiling.
   */
  public static final Duration DEFAULT_MINUTE_MARGIN = Duration.ofSeconds(1);

  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();

  private final RateLimit limit;
  private final Duration secondMargin;
  private final Duration minuteMargin;
  private final TimeSource time;
  private final Window second;
  private final Window minute;
  private long lastSlot = Long.MIN_VALUE;

  private SlidingWindowRateLimiter(
      RateLimit limit, Duration secondMargin, Duration minuteMargin, TimeSource time) {
    this.limit = limit;
    this.secondMargin = secondMargin;
    this.minuteMargin = minuteMargin;
    this.time = time;
    this.second =
        limit.hasPerSecond()
            ? new Window(limit.perSecond(), SECOND + secondMargin.toNanos())
            : null;
    this.minute =
        limit.hasPerMinute()
            ? new Window(limit.perMinute(), MINUTE + minuteMargin.toNanos())
            : null;
  }

  /**
   * A limiter for {@code limit} on {@code time} with {@link #DEFAULT_SECOND_MARGIN} and {@link
   * #DEFAULT_MINUTE_MARGIN}.
   */
  public static SlidingWindowRateLimiter create(RateLimit limit, TimeSource time) {
    return create(limit, DEFAULT_SECOND_MARGIN, DEFAULT_MINUTE_MARGIN, time);
  }

  /** A limiter for {@code limit} whose windows are 1 s and 60 s, each plus {@code margin}. */
  public static SlidingWindowRateLimiter create(RateLimit limit, Duration margin, TimeSource time) {
    return create(limit, margin, margin, time);
  }

  /** A limiter for {@code limit} whose windows are 1 s plus one margin and 60 s plus the other. */
  public static SlidingWindowRateLimiter create(
      RateLimit limit, Duration secondMargin, Duration minuteMargin, TimeSource time) {
    Objects.requireNonNull(limit, "limit == null");
    Objects.requireNonNull(secondMargin, "secondMargin == null");
    Objects.requireNonNull(minuteMargin, "minuteMargin == null");
    Objects.requireNonNull(time, "time == null");
    if (secondMargin.isNegative() || minuteMargin.isNegative()) {
      throw new IllegalArgumentException(
          "margins must not be negative, got " + secondMargin + " and " + minuteMargin);
    }
    return new SlidingWindowRateLimiter(limit, secondMargin, minuteMargin, time);
  }

  @Override
  public Duration acquire() throws InterruptedException {
    long now = time.nanoTime();
    long wait = reserve(now) - now;
    if (wait <= 0) {
      return Duration.ZERO;
    }
    time.sleep(Duration.ofNanos(wait));
    return Duration.ofNanos(wait);
  }

  /**
   * Books the earliest start time at or after {@code now} that both windows allow. Slots are handed
   * out in increasing order, so each window's log stays sorted: the {@code n}-th previous slot is
   * the oldest one the window still counts.
   */
  private synchronized long reserve(long now) {
    long slot = now;
    if (lastSlot != Long.MIN_VALUE && lastSlot - slot > 0) {
      slot = lastSlot;
    }
    if (second != null) {
      slot = second.earliest(slot);
    }
    if (minute != null) {
      slot = minute.earliest(slot);
      minute.record(slot);
    }
    if (second != null) {
      second.record(slot);
    }
    lastSlot = slot;
    return slot;
  }

  @Override
  public String toString() {
    return "SlidingWindowRateLimiter{"
        + limit
        + ", margins "
        + secondMargin.toMillis()
        + " ms and "
        + minuteMargin.toMillis()
        + " ms}";
  }

  /** The start times of the last {@code capacity} calls, as a ring. */
  private static final class Window {
    private final long[] starts;
    private final long length;
    private int next;
    private int size;

    Window(int capacity, long length) {
      this.starts = new long[capacity];
      this.length = length;
    }

    long earliest(long candidate) {
      if (size < starts.length) {
        return candidate;
      }
      long free = starts[next] + length; // the oldest counted start leaves the window here
      return free - candidate > 0 ? free : candidate;
    }

    void record(long start) {
      starts[next] = start;
      next = (next + 1) % starts.length;
      if (size < starts.length) {
        size++;
      }
    }
  }
}
