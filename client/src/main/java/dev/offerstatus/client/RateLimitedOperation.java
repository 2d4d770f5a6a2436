package dev.offerstatus.client;

import java.util.Objects;

/**
 * One budget of Feishu's rate limit: an operation ({@code operationId}) called by one app ({@code
 * appId}, null when the client was given a token rather than credentials) on one Feishu base URL,
 * and that operation's limit.
 */
public record RateLimitedOperation(
    String baseUrl, String appId, String operationId, RateLimit limit) {

  /** Checks that everything but {@code appId} is present. */
  public RateLimitedOperation {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(operationId, "operationId == null");
    Objects.requireNonNull(limit, "limit == null");
  }

  /** This operation with another limit (e.g. a lower one for a batch beside a service). */
  public RateLimitedOperation withLimit(RateLimit newLimit) {
    return new RateLimitedOperation(baseUrl, appId, operationId, newLimit);
  }
}
