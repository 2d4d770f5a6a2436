package dev.offerstatus.client;

import java.time.Duration;

/**
 * A monotonic clock and a way to wait on it; tests inject a fake one so that token expiry, rate
 * limiting and back-off run without real sleeps.
 */
public interface TimeSource {

  /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** Waits for {@code duration} on this clock. */
  void sleep(Duration duration) throws InterruptedException;

  /** The system's monotonic clock and {@link Thread#sleep(long, int)}. */
  static TimeSource system() {
    return SystemTimeSource.INSTANCE;
  }
}
