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

  /** The limit the spec declares for the write endpoint ({@code x-rate-limit}: 50/s, 1000/min). */
  public static RateLimit fromSpec() {
    ContractModel.Operation write =
        ContractModel.fromClasspath().requireOperation(OfferStatusClient.WRITE_OPERATION);
    ContractModel.RateLimit spec = write.requireRateLimit();
    return new RateLimit(
        spec.perSecond(),
        spec.perMinute()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The OpenAPI spec lacks " + write.pointer() + "/x-rate-limit/per-minute")));
  }
}
