package dev.offerstatus.client;

import dev.offerstatus.sdk.model.OfferStatus;
import java.util.Optional;

/**
 * An offer's {@code offer_status} as Feishu reported it: the number is always kept, so a status a
 * later Feishu adds (beyond the spec's 1..13) reads as {@link #known()} empty rather than failing
 * the call.
 *
 * @param value the number Feishu sent
 */
public record OfferStatusCode(int value) {

  /** The spec's enum constant for this number, when the spec knows it. */
  public Optional<OfferStatus> known() {
    for (OfferStatus status : OfferStatus.values()) {
      if (status.getValue() == value) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** Whether this is {@code status}. */
  public boolean is(OfferStatus status) {
    return status.getValue() == value;
  }

  /** {@code 12 (INTERN_ONBOARDED)}, or {@code 14 (not in the spec)} for a number it lacks. */
  @Override
  public String toString() {
    return value + " (" + known().map(Enum::name).orElse("not in the spec") + ")";
  }
}
