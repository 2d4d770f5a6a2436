package dev.offerstatus.client;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredRateLimit;

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

  /** The limit the spec declares for the status updates ({@code internOfferStatus}). */
  public static RateLimit fromSpec() {
    return forOperation(Operations.INTERN_OFFER_STATUS);
  }

  /**
   * The limit the spec's {@code x-rate-limit} declares for one operation; without a {@code
   * per-minute} limit, only the per-second window applies.
   *
   * @throws IllegalStateException when the spec has no such operation or it declares no limit
   */
  public static RateLimit forOperation(String operationId) {
    DeclaredRateLimit spec =
        ContractModel.fromClasspath().requireOperation(operationId).requireRateLimit();
    return new RateLimit(spec.perSecond(), spec.perMinute().orElse(0));
  }

  @Override
  public String toString() {
    return hasPerMinute() ? perSecond + "/s, " + perMinute + "/min" : perSecond + "/s";
  }
}
