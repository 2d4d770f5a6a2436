package dev.offerstatus.client;

import dev.offerstatus.spec.ContractModel;

/**
 * A per-app request limit: at most {@code perSecond} calls in any 1-second window and at most
 * {@code perMinute} calls in any 60-second window.
 */
public record RateLimit(int perSecond, int perMinute) {

  /** Checks that both limits are positive. */
  public RateLimit {
    if (perSecond < 1 || perMinute < 1) {
      throw new IllegalArgumentException(
          "rate limits must be positive, got " + perSecond + "/s and " + perMinute + "/min");
    }
  }

  /** The limit the spec declares for the status updates ({@code internOfferStatus}). */
  public static RateLimit fromSpec() {
    return forOperation(Operations.INTERN_OFFER_STATUS);
  }

  /**
   * The limit the spec's {@code x-rate-limit} declares for one operation; without a {@code
   * per-minute} limit, the per-second one bounds the minute too (60 times it).
   *
   * @throws IllegalStateException when the spec has no such operation or it declares no limit
   */
  public static RateLimit forOperation(String operationId) {
    ContractModel.RateLimit spec =
        ContractModel.fromClasspath().requireOperation(operationId).requireRateLimit();
    return new RateLimit(
        spec.perSecond(), spec.perMinute().orElse(Math.multiplyExact(spec.perSecond(), 60)));
  }
}
