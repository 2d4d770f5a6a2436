package dev.offerstatus.simulator;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rate limits of one operation per app: at most {@code limit} requests in each fixed window of
 * its {@code length}, windows offset from the epoch by {@code windowOffset}; {@code enabled ==
 * false} turns limiting off.
 *
 * @param windows the windows, longest first (the order they are checked in)
 */
record RateLimits(boolean enabled, List<Window> windows, Duration windowOffset) {
  /** One window: at most {@code limit} requests in each {@code length}. */
  record Window(Duration length, int limit) {
    Window {
      Objects.requireNonNull(length, "length == null");
      if (length.isNegative() || length.isZero() || limit < 1) {
        throw new IllegalArgumentException(
            "a rate window needs a positive length and limit, got " + limit + " per " + length);
      }
    }
  }

  RateLimits {
    Objects.requireNonNull(windowOffset, "windowOffset == null");
    windows = windows.stream().sorted(Comparator.comparing(Window::length).reversed()).toList();
  }

  /** The same limits in windows of a second and a minute. */
  static RateLimits of(int perSecond, int perMinute, Duration windowOffset) {
    return new RateLimits(
        true,
        List.of(
            new Window(Duration.ofSeconds(1), perSecond),
            new Window(Duration.ofMinutes(1), perMinute)),
        windowOffset);
  }
}
