package dev.offerstatus.simulator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One intern offer as the simulator stores it: its id, its state, and the dates recorded by the
 * transitions that led there ({@code notes} is the offboarding note, if any).
 */
public record Offer(
    String offerId,
    OfferState state,
    LocalDate onboardingDate,
    LocalDate offboardingDate,
    String notes) {

  /** Checks that the dates fit the state: an onboarded or offboarded offer has its dates. */
  public Offer {
    Objects.requireNonNull(offerId, "offerId == null");
    Objects.requireNonNull(state, "state == null");
    if (offerId.isBlank()) {
      throw new IllegalArgumentException("offer_id must not be blank");
    }
    if ((state == OfferState.ONBOARDED || state == OfferState.OFFBOARDED)
        && onboardingDate == null) {
      throw new IllegalArgumentException(
          "offer " + offerId + " is " + state.id() + " and needs an onboarding_date");
    }
    if (state == OfferState.OFFBOARDED && offboardingDate == null) {
      throw new IllegalArgumentException(
          "offer " + offerId + " is offboarded and needs an offboarding_date");
    }
  }

  /** An offer in state 11, waiting for confirm_onboarding or cancel_onboarding. */
  public static Offer pendingOnboarding(String offerId) {
    return new Offer(offerId, OfferState.PENDING_ONBOARDING, null, null, null);
  }

  /** An offer in state 12, onboarded on the given date, waiting for offboard. */
  public static Offer onboarded(String offerId, LocalDate onboardingDate) {
    return new Offer(offerId, OfferState.ONBOARDED, onboardingDate, null, null);
  }

  /** An offer in state 13, onboarded and offboarded on the given dates. */
  public static Offer offboarded(
      String offerId, LocalDate onboardingDate, LocalDate offboardingDate) {
    return new Offer(offerId, OfferState.OFFBOARDED, onboardingDate, offboardingDate, null);
  }

  /** An offer whose onboarding was cancelled. */
  public static Offer onboardingCancelled(String offerId) {
    return new Offer(offerId, OfferState.ONBOARDING_CANCELLED, null, null, null);
  }
}
