package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlidingWindowRateLimiterTest {
  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();

  private final FakeTime time = new FakeTime();

  @Test
  void limitsComeFromTheSpec() {
    assertThat(RateLimit.fromSpec()).isEqualTo(new RateLimit(50, 1000));
  }

  @Test
  void firstFiftyCallsDoNotWait() throws InterruptedException {
    SlidingWindowRateLimiter limiter = SlidingWindowRateLimiter.create(RateLimit.fromSpec(), time);
    for (int i = 0; i < 50; i++) {
      assertThat(limiter.acquire()).isZero();
    }
    assertThat(limiter.acquire()).isEqualTo(Duration.ofMillis(1050));
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1050));
  }

  @Test
  void theThousandAndFirstCallWaitsForTheMinuteWindow() throws InterruptedException {
    SlidingWindowRateLimiter limiter =
        SlidingWindowRateLimiter.create(RateLimit.fromSpec(), Duration.ZERO, time);
    long start = time.nanoTime();
    for (int i = 0; i < 1000; i++) {
      limiter.acquire();
    }
    assertThat(time.nanoTime() - start).isEqualTo(19 * SECOND); // 20 bursts of 50, 1 s apart
    limiter.acquire();
    assertThat(time.nanoTime() - start).isEqualTo(MINUTE);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2026, 99991400})
  void noServerWindowOfAnyAlignmentSeesMoreThanTheLimit(long seed) throws InterruptedException {
    SlidingWindowRateLimiter limiter = SlidingWindowRateLimiter.create(RateLimit.fromSpec(), time);
    Random random = new Random(seed);
    List<Long> starts = new ArrayList<>();
    long origin = time.nanoTime();
    while (starts.size() < 4000) {
      // bursts of eager callers, separated by idle gaps of up to 30 s
      if (random.nextInt(10) == 0) {
        time.advance(Duration.ofMillis(random.nextInt(30_000)));
      }
      for (int burst = random.nextInt(200); burst > 0; burst--) {
        limiter.acquire();
        starts.add(time.nanoTime() - origin);
        if (random.nextBoolean()) {
          time.advance(Duration.ofMillis(random.nextInt(40)));
        }
      }
    }
    assertWithinLimits(starts, 50, 1000);
  }

  /**
   * A demonstration, not a test of production code: why the client does not use a token bucket. The
   * test after it runs the same eager schedule through the real limiter.
   */
  @Test
  void aFullStartTokenBucketWouldOverrunAServerMinute() {
    // Capacity 1000, refilled at 1000/min, 50/s burst cap: what "a plain token bucket" gives.
    List<Long> starts = new ArrayList<>();
    double tokens = 1000;
    long now = 0;
    long step = SECOND / 50;
    while (now < 3 * MINUTE) {
      tokens = Math.min(1000, tokens + 1000.0 * step / MINUTE);
      if (tokens >= 1) {
        tokens--;
        starts.add(now);
      }
      now += step;
    }
    assertThat(maxInWindow(starts, MINUTE)).isGreaterThan(1000);
  }

  @Test
  void theSlidingWindowLimiterNeverOverrunsAServerMinuteOnTheSameSchedule()
      throws InterruptedException {
    SlidingWindowRateLimiter limiter = SlidingWindowRateLimiter.create(RateLimit.fromSpec(), time);
    List<Long> starts = new ArrayList<>();
    long origin = time.nanoTime();
    while (time.nanoTime() - origin < 3 * MINUTE) {
      limiter.acquire();
      starts.add(time.nanoTime() - origin);
      time.advance(Duration.ofNanos(SECOND / 50));
    }
    assertThat(starts).hasSizeGreaterThan(2000);
    assertThat(maxInWindow(starts, MINUTE)).isLessThanOrEqualTo(1000);
  }

  @Test
  void threeMinutesOfEagerCallersGetAtLeastNinetyFivePercentOfTheCeiling()
      throws InterruptedException {
    SlidingWindowRateLimiter limiter = SlidingWindowRateLimiter.create(RateLimit.fromSpec(), time);
    long end = time.nanoTime() + 3 * MINUTE;
    List<Long> starts = new ArrayList<>();
    while (true) {
      limiter.acquire();
      if (time.nanoTime() - end >= 0) {
        break;
      }
      starts.add(time.nanoTime());
    }
    assertThat(starts).hasSizeGreaterThanOrEqualTo(2850);
    assertWithinLimits(starts, 50, 1000);
  }

  @Test
  void rejectsANegativeMargin() {
    assertThatThrownBy(
            () ->
                SlidingWindowRateLimiter.create(RateLimit.fromSpec(), Duration.ofMillis(-1), time))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margins must not be negative, got PT-0.001S and PT-0.001S");
  }

  @Test
  void describesItself() {
    assertThat(SlidingWindowRateLimiter.create(RateLimit.fromSpec(), time))
        .hasToString("SlidingWindowRateLimiter{50/s, 1000/min, margins 50 ms and 1000 ms}");
  }

  /**
   * Counts the calls in fixed server windows at many offsets, and checks the equivalent sliding
   * property: the n-th next call starts at least one window length later.
   */
  static void assertWithinLimits(List<Long> starts, int perSecond, int perMinute) {
    for (int i = 0; i + perSecond < starts.size(); i++) {
      assertThat(starts.get(i + perSecond) - starts.get(i)).isGreaterThanOrEqualTo(SECOND);
    }
    for (int i = 0; i + perMinute < starts.size(); i++) {
      assertThat(starts.get(i + perMinute) - starts.get(i)).isGreaterThanOrEqualTo(MINUTE);
    }
    for (long offset = 0; offset < SECOND; offset += SECOND / 97) {
      assertThat(maxInFixedWindows(starts, SECOND, offset)).isLessThanOrEqualTo(perSecond);
    }
    for (long offset = 0; offset < MINUTE; offset += MINUTE / 101) {
      assertThat(maxInFixedWindows(starts, MINUTE, offset)).isLessThanOrEqualTo(perMinute);
    }
  }

  private static int maxInFixedWindows(List<Long> starts, long length, long offset) {
    int max = 0;
    int count = 0;
    long window = Long.MIN_VALUE;
    for (long start : starts) {
      long w = Math.floorDiv(start - offset, length);
      count = w == window ? count + 1 : 1;
      window = w;
      max = Math.max(max, count);
    }
    return max;
  }

  private static int maxInWindow(List<Long> starts, long length) {
    int max = 0;
    for (int i = 0, j = 0; j < starts.size(); j++) {
      while (starts.get(j) - starts.get(i) >= length) {
        i++;
      }
      max = Math.max(max, j - i + 1);
    }
    return max;
  }
}
