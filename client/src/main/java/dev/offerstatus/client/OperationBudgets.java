package dev.offerstatus.client;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One rate budget per operation: Feishu counts calls per API per app, so each operation of the spec
 * that is sent with a token and declares an {@code x-rate-limit} gets its own {@link RateLimiter}
 * from the {@link RateLimiterFactory}, with that limit, asked for once when the client is built.
 */
final class OperationBudgets {
  private final Map<String, RateLimiter> limiters = new TreeMap<>();

  OperationBudgets(RateLimiterFactory factory, String baseUrl, String appId, ContractModel model) {
    Objects.requireNonNull(factory, "factory == null");
    for (Operation operation : model.operations()) {
      if (!operation.authenticated() || operation.rateLimit().isEmpty()) {
        continue;
      }
      RateLimiter limiter =
          factory.forOperation(
              new RateLimitedOperation(
                  baseUrl,
                  appId,
                  operation.operationId(),
                  RateLimit.of(operation.rateLimit().get())));
      limiters.put(
          operation.operationId(),
          Objects.requireNonNull(limiter, "RateLimiterFactory.forOperation returned null"));
    }
  }

  /** The limiter that paces calls of {@code operationId}; null when the spec declares no limit. */
  RateLimiter forOperation(String operationId) {
    return limiters.get(operationId);
  }

  @Override
  public String toString() {
    return limiters.toString();
  }
}
