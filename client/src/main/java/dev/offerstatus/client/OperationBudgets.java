package dev.offerstatus.client;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One rate budget per operation: Feishu counts calls per API per app, so each operationId gets its
 * own {@link SlidingWindowRateLimiter}, built from that operation's {@code x-rate-limit} unless the
 * builder gave one for it; thread-safe. This is the seam where a shared (e.g. Redis) limiter per
 * operation plugs in.
 */
final class OperationBudgets {
  private final Map<String, SlidingWindowRateLimiter> limiters = new ConcurrentHashMap<>();
  private final Function<String, SlidingWindowRateLimiter> forSpec;

  /**
   * @param given limiters the builder was handed, by operationId (shared with other clients)
   * @param forSpec builds the limiter of an operation from its {@code x-rate-limit}
   */
  OperationBudgets(
      Map<String, SlidingWindowRateLimiter> given,
      Function<String, SlidingWindowRateLimiter> forSpec) {
    this.limiters.putAll(given);
    this.forSpec = Objects.requireNonNull(forSpec, "forSpec == null");
    Operations.ALL.forEach(this::forOperation); // fails at build time on a spec without limits
  }

  /** The limiter that paces calls of {@code operationId}. */
  SlidingWindowRateLimiter forOperation(String operationId) {
    return limiters.computeIfAbsent(operationId, forSpec);
  }

  @Override
  public String toString() {
    return new TreeMap<>(limiters).toString();
  }
}
