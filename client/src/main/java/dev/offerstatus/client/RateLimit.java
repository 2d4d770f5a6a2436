package dev.offerstatus.client;

import dev.offerstatus.spec.ContractModel;

/**
 * A per-app request limit of one operation: at most {@code perSecond} calls in any 1-second window
 * and, unless {@code perMinute} is 0 (no per-minute limit), at most {@code perMinute} calls in any
 * 60-second window.
 */
public record RateLimit(int perSecond, int perMinute) {

  /** Checks that the per-second limit is positive and the per-minute one is not negative. */
  public RateLimit {
    if (perSecond < 1 || perMinute < 0) {
      throw new IllegalArgumentException(
          "rate limits must be positive (per-minute 0 for none), got "
              + perSecond
              + "/s and "
              + perMinute
              + "/min");
    }
  }

  /** A limit with only a per-second window (as {@code x-rate-limit} without {@code per-minute}). */
  public static RateLimit perSecondOnly(int perSecond) {
    return new RateLimit(perSecond, 0);
  }

  /** Whether there is a per-minute window. */
  public boolean hasPerMinute() {
    return perMinute > 0;
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

  @Override
  public String toString() {
    return hasPerMinute() ? perSecond + "/s, " + perMinute + "/min" : perSecond + "/s";
  }
}
