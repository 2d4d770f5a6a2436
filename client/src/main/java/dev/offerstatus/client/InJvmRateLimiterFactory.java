package dev.offerstatus.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RateLimiterFactory#inJvm()}: one {@link SlidingWindowRateLimiter} per operation. */
final class InJvmRateLimiterFactory implements RateLimiterFactory {
  private final TimeSource time;
  private final Duration secondMargin;
  private final Duration minuteMargin;
  private final Map<RateLimitedOperation, SlidingWindowRateLimiter> limiters =
      new ConcurrentHashMap<>();

  InJvmRateLimiterFactory(TimeSource time, Duration secondMargin, Duration minuteMargin) {
    this.time = time;
    this.secondMargin = secondMargin;
    this.minuteMargin = minuteMargin;
  }

  @Override
  public RateLimiter forOperation(RateLimitedOperation operation) {
    return limiters.computeIfAbsent(
        operation,
        op -> SlidingWindowRateLimiter.create(op.limit(), secondMargin, minuteMargin, time));
  }

  @Override
  public String toString() {
    return "RateLimiterFactory.inJvm(" + time + ")";
  }
}
