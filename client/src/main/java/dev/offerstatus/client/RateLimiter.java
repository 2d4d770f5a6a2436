package dev.offerstatus.client;

import java.time.Duration;

/**
 * Paces the calls of one operation of one app: {@link #acquire()} returns when a call may start.
 * Implementations are thread-safe; get one per operation from a {@link RateLimiterFactory}.
 */
@FunctionalInterface
public interface RateLimiter {

  /**
   * Waits until a call may start, then counts it; returns how long it waited.
   *
   * @throws InterruptedException when interrupted while waiting (the call must not be sent)
   * @throws RateLimiterUnavailableException when no permit could be had (the call must not be sent)
   */
  Duration acquire() throws InterruptedException;
}
