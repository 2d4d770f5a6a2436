package dev.offerstatus.client;

/**
 * Makes the {@link RateLimiter} of each operation: an {@link OfferStatusClient} asks for one per
 * operationId it sends, with that operation's {@code x-rate-limit}, once, when it is built.
 *
 * <p>Feishu counts its limits per app and per operation across every process using the app's
 * credentials. Clients that share a factory share its budgets: {@link #inJvm()} shares within one
 * JVM; the {@code client-redis} module's factory shares across processes.
 */
@FunctionalInterface
public interface RateLimiterFactory {

  /** The limiter for {@code operation}; the same budget each time it is asked for the same one. */
  RateLimiter forOperation(RateLimitedOperation operation);

  /**
   * A factory of in-JVM sliding-window-log limiters ({@link SlidingWindowRateLimiter}) on the
   * system clock with the default margins; one limiter per base URL, app and operation.
   */
  static RateLimiterFactory inJvm() {
    return inJvm(TimeSource.system());
  }

  /** {@link #inJvm()} on {@code time}. */
  static RateLimiterFactory inJvm(TimeSource time) {
    return new InJvmRateLimiterFactory(
        time,
        SlidingWindowRateLimiter.DEFAULT_SECOND_MARGIN,
        SlidingWindowRateLimiter.DEFAULT_MINUTE_MARGIN);
  }
}
