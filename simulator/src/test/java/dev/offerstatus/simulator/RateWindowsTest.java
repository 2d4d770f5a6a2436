package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter's windows, driven by a clock that hands out instants in a chosen order. */
class RateWindowsTest {
  /** Hands out the given instants in order, as racing threads may read a shared clock. */
  private static InstantSource instants(String... values) {
    Deque<Instant> queue = new ArrayDeque<>();
    for (String value : values) {
      queue.add(Instant.parse(value));
    }
    return queue::remove;
  }

  @Test
  void aCallerWithAnOlderInstantDoesNotRollTheWindowBack() {
    RateWindows limiter =
        new RateWindows(
            instants("2026-11-26T10:00:01.000Z", "2026-11-26T10:00:00.999Z"),
            op -> RateLimits.of(1, 100, Duration.ZERO));

    RateWindows.Decision first = limiter.acquire("cli_a", "op");
    RateWindows.Decision late = limiter.acquire("cli_a", "op");

    assertThat(List.of(first.allowed(), late.allowed())).containsExactly(true, false);
    assertThat(late.limit()).isEqualTo(1);
    assertThat(late.resetSeconds()).isEqualTo(1);
  }

  @Test
  void anyWindowsCountAndTheLongestFullOneIsReported() {
    // per-minute 100 only (updateOfferStatus), and an hour window of 2 beside a minute of 5
    RateWindows minuteOnly =
        new RateWindows(
            MutableClock.at(Instant.parse("2026-11-26T10:00:30Z")),
            op ->
                new RateLimits(
                    true, List.of(new RateLimits.Window(Duration.ofMinutes(1), 2)), Duration.ZERO));
    MutableClock clock = MutableClock.at(Instant.parse("2026-11-26T10:00:30Z"));
    RateWindows hourly =
        new RateWindows(
            clock,
            op ->
                new RateLimits(
                    true,
                    List.of(
                        new RateLimits.Window(Duration.ofMinutes(1), 5),
                        new RateLimits.Window(Duration.ofHours(1), 2)),
                    Duration.ZERO));

    assertThat(minuteOnly.acquire("a", "op").allowed()).isTrue();
    assertThat(minuteOnly.acquire("a", "op").allowed()).isTrue();
    assertThat(minuteOnly.acquire("a", "op")).isEqualTo(new RateWindows.Decision(false, 2, 30));
    assertThat(hourly.acquire("a", "op").allowed()).isTrue();
    clock.advance(Duration.ofMinutes(2));
    assertThat(hourly.acquire("a", "op").allowed()).isTrue();
    assertThat(hourly.acquire("a", "op")).isEqualTo(new RateWindows.Decision(false, 2, 3450));
  }

  @Test
  void theMinuteCountSurvivesACallerWithAnOlderInstant() {
    RateWindows limiter =
        new RateWindows(
            instants("2026-11-26T10:01:00.000Z", "2026-11-26T10:00:59.000Z"),
            op -> RateLimits.of(10, 1, Duration.ZERO));

    limiter.acquire("cli_a", "op");
    RateWindows.Decision late = limiter.acquire("cli_a", "op");

    assertThat(late.allowed()).isFalse();
    assertThat(late.limit()).isEqualTo(1);
    assertThat(late.resetSeconds()).isEqualTo(60);
  }
}
