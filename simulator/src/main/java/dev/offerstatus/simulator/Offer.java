package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One offer as the simulator stores it: its id, its state, and its fields as JSON: what it was
 * seeded with ({@code talent_id}, {@code offer_type}, ...) and what the transitions that led here
 * kept of their requests (the spec's {@code keeps}, e.g. {@code onboarding_info}). The read
 * operations show these fields under the names their answers' schemas give them.
 *
 * <p>The constructors and factories that take dates are those of version 0.1, for intern offers:
 * they store the dates where {@code internOfferStatus} keeps them ({@link OfferFields}).
 *
 * @param offerId the offer's id
 * @param state its state
 * @param fields its fields, a JSON object (copied; {@link #fields()} gives a copy)
 */
public record Offer(String offerId, OfferState state, ObjectNode fields) {

  /**
   * The talent an offer belongs to when its seed names none: the talent id of the list page's own
   * example, so that {@code listOffers} finds every such offer under one talent.
   */
  public static final String DEFAULT_TALENT_ID = OfferFields.DEFAULT_TALENT_ID;

  /** The {@code offer_type} of an intern offer (2, 实习 Offer), the default. */
  public static final int INTERN_OFFER_TYPE = OfferFields.INTERN_OFFER_TYPE;

  /** Checks the id and copies the fields, adding the defaults of a field not given. */
  public Offer {
    Objects.requireNonNull(offerId, "offerId == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(fields, "fields == null");
    if (offerId.isBlank()) {
      throw new IllegalArgumentException("offer_id must not be blank");
    }
    fields = OfferFields.withDefaults(offerId, fields.deepCopy());
  }

  /** An offer of {@link #DEFAULT_TALENT_ID} with the 0.1 intern fields (each may be null). */
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

  /** An offer with the 0.1 intern fields (each date and the notes may be null). */
  public Offer(
      String offerId,
      OfferState state,
      LocalDate onboardingDate,
      LocalDate offboardingDate,
      String notes,
      String talentId,
      int offerType) {
    this(
        offerId,
        state,
        OfferFields.of(onboardingDate, offboardingDate, notes, talentId, offerType));
  }

  /** An offer in {@code state} with no fields but the defaults. */
  public static Offer of(String offerId, OfferState state) {
    return new Offer(offerId, state, JsonNodeFactory.instance.objectNode());
  }

  /** A copy of its fields. */
  @Override
  public ObjectNode fields() {
    return fields.deepCopy();
  }

  /** The field at a dotted path ({@code onboarding_info.actual_onboarding_date}), if any. */
  public JsonNode field(String dottedPath) {
    return DottedPaths.at(fields, dottedPath).deepCopy();
  }

  /** Its top-level field of that name as text (a number's digits), or null (package use). */
  String fieldText(String name) {
    JsonNode node = fields.get(name);
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }

  /** The talent it belongs to ({@code talent_id}). */
  public String talentId() {
    return fields.path(OfferFields.TALENT_ID).asText();
  }

  /** Its {@code offer_type}. */
  public int offerType() {
    return fields.path(OfferFields.OFFER_TYPE).asInt();
  }

  /** The intern onboarding date it keeps, or null. */
  public LocalDate onboardingDate() {
    return OfferFields.date(fields, OfferFields.ONBOARDING_DATE);
  }

  /** The intern offboarding date it keeps, or null. */
  public LocalDate offboardingDate() {
    return OfferFields.date(fields, OfferFields.OFFBOARDING_DATE);
  }

  /** The intern offboarding notes it keeps, or null. */
  public String notes() {
    return OfferFields.text(fields, OfferFields.NOTES);
  }

  /** This offer, belonging to {@code talentId}. */
  public Offer withTalentId(String talentId) {
    Objects.requireNonNull(talentId, "talentId == null");
    ObjectNode copy = fields();
    copy.put(OfferFields.TALENT_ID, talentId);
    return new Offer(offerId, state, copy);
  }

  /** This offer in another state, with {@code kept} fields set over its own (package use). */
  Offer moved(OfferState next, ObjectNode kept) {
    ObjectNode copy = fields.deepCopy();
    copy.setAll(kept);
    return new Offer(offerId, next, copy);
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
