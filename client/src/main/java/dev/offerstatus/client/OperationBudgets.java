package dev.offerstatus.client;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One rate budget per operation: Feishu counts calls per API per app, so each operationId this
 * client calls gets its own {@link RateLimiter} from the {@link RateLimiterFactory}, with that
 * operation's {@code x-rate-limit}, asked for once when the client is built.
 */
final class OperationBudgets {
  private final Map<String, RateLimiter> limiters = new TreeMap<>();

  OperationBudgets(RateLimiterFactory factory, String baseUrl, String appId) {
    Objects.requireNonNull(factory, "factory == null");
    for (String operationId : Operations.ALL) {
      RateLimiter limiter =
          factory.forOperation(
              new RateLimitedOperation(
                  baseUrl, appId, operationId, RateLimit.forOperation(operationId)));
      limiters.put(
          operationId,
          Objects.requireNonNull(limiter, "RateLimiterFactory.forOperation returned null"));
    }
  }

  /** The limiter that paces calls of {@code operationId}. */
  RateLimiter forOperation(String operationId) {
    RateLimiter limiter = limiters.get(operationId);
    if (limiter == null) {
      Operations.requireKnown(operationId);
    }
    return limiter;
  }

  @Override
  public String toString() {
    return limiters.toString();
  }
}
