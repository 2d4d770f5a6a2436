package dev.offerstatus.client;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredRateLimit;
import java.time.Duration;

/**
 * A per-app request limit of one operation: unless {@code perSecond} is 0 (no per-second limit), at
 * most {@code perSecond} calls in any 1-second window and, unless {@code perMinute} is 0 (no
 * per-minute limit), at most {@code perMinute} calls in any 60-second window; at least one window.
 */
public record RateLimit(int perSecond, int perMinute) {

  /** Checks that no limit is negative and at least one is positive. */
  public RateLimit {
    if (perSecond < 0 || perMinute < 0 || perSecond + perMinute == 0) {
      throw new IllegalArgumentException(
          "rate limits must not be negative and at least one must be positive (0 for no such"
              + " window), got "
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

  /** A limit with only a per-minute window (as {@code x-rate-limit} without {@code per-second}). */
  public static RateLimit perMinuteOnly(int perMinute) {
    return new RateLimit(0, perMinute);
  }

  /** Whether there is a per-second window. */
  public boolean hasPerSecond() {
    return perSecond > 0;
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
   * The limit the spec's {@code x-rate-limit} declares for one operation: its per-second and
   * per-minute windows, whichever it declares.
   *
   * @throws IllegalStateException when the spec has no such operation, it declares no limit, or a
   *     window this limiter does not pace (per-hour, per-day)
   */
  public static RateLimit forOperation(String operationId) {
    DeclaredRateLimit spec =
        ContractModel.fromClasspath().requireOperation(operationId).requireRateLimit();
    for (DeclaredRateLimit.Window window : spec.windows()) {
      if (window.length().compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalStateException(
            "The client paces per-second and per-minute windows only; "
                + window.pointer()
                + " declares "
                + window.limit()
                + " calls "
                + window.key());
      }
    }
    return new RateLimit(spec.perSecond().orElse(0), spec.perMinute().orElse(0));
  }

  @Override
  public String toString() {
    if (!hasPerSecond()) {
      return perMinute + "/min";
    }
    return hasPerMinute() ? perSecond + "/s, " + perMinute + "/min" : perSecond + "/s";
  }
}
