package dev.offerstatus.simulator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One intern offer as the simulator stores it: its id, its state, and the dates recorded by the
 * transitions that led there ({@code notes} is the offboarding note, if any), plus what the read
 * operations report about it: the talent it belongs to ({@code listOffers?talent_id=}) and its
 * {@code offer_type} (2, 实习 Offer, unless seeded otherwise).
 */
public record Offer(
    String offerId,
    OfferState state,
    LocalDate onboardingDate,
    LocalDate offboardingDate,
    String notes,
    String talentId,
    int offerType) {

  /**
   * The talent an offer belongs to when its seed names none: the talent id of the list page's own
   * example, so that {@code listOffers} finds every such offer under one talent.
   */
  public static final String DEFAULT_TALENT_ID = "7096320678581242123";

  /** The {@code offer_type} of an intern offer (2, 实习 Offer), the only type the writes accept. */
  public static final int INTERN_OFFER_TYPE = 2;

  /** Checks that the dates fit the state: an onboarded or offboarded offer has its dates. */
  public Offer {
    Objects.requireNonNull(offerId, "offerId == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(talentId, "talentId == null");
    if (offerId.isBlank()) {
      throw new IllegalArgumentException("offer_id must not be blank");
    }
    if (talentId.isBlank()) {
      throw new IllegalArgumentException("talent_id must not be blank");
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

  /** An intern offer of {@link #DEFAULT_TALENT_ID}. */
  public Offer(
      String offerId,
      OfferState state,
      LocalDate onboardingDate,
      LocalDate offboardingDate,
      String notes) {
    this(
        offerId,
        state,
        onboardingDate,
        offboardingDate,
        notes,
        DEFAULT_TALENT_ID,
        INTERN_OFFER_TYPE);
  }

  /** This offer, belonging to {@code talentId}. */
  public Offer withTalentId(String talentId) {
    return new Offer(offerId, state, onboardingDate, offboardingDate, notes, talentId, offerType);
  }

  /** This offer after a transition: same id, talent and type, new state, dates and notes. */
  Offer moved(OfferState state, LocalDate onboardingDate, LocalDate offboardingDate, String notes) {
    return new Offer(offerId, state, onboardingDate, offboardingDate, notes, talentId, offerType);
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
