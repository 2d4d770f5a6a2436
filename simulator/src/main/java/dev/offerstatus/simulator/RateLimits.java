package dev.offerstatus.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The simulator's rate limits per app: per second and per minute, windows offset from the epoch by
 * {@code windowOffset}; {@code enabled == false} turns limiting off.
 */
record RateLimits(boolean enabled, int perSecond, int perMinute, Duration windowOffset) {
  RateLimits {
    Objects.requireNonNull(windowOffset, "windowOffset == null");
    if (perSecond < 1 || perMinute < 1) {
      throw new IllegalArgumentException(
          "rate limits must be positive, got " + perSecond + "/s and " + perMinute + "/min");
    }
  }
}
