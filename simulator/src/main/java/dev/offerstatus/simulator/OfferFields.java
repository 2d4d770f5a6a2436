package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The fields of a stored offer: its defaults, and the field names of the simulator's own API of
 * version 0.1 (the {@link Offer} constructors with dates, and the seed and provider-state keys
 * {@code onboarding_date}, {@code offboarding_date}, {@code notes}, {@code talent_id}, {@code
 * offer_type}). This is the one place the simulator's main code names fields of the spec: where
 * {@code internOfferStatus} keeps its dates, and the fields the reads show by default. Serving an
 * operation needs none of it.
 */
final class OfferFields {
  /** The talent of an offer whose seed names none: the talent id of the list page's example. */
  static final String DEFAULT_TALENT_ID = "7096320678581242123";

  /** The {@code offer_type} of an intern offer (2, 实习 Offer), the default. */
  static final int INTERN_OFFER_TYPE = 2;

  static final String TALENT_ID = "talent_id";
  static final String OFFER_TYPE = "offer_type";
  static final String APPLICATION_ID = "application_id";
  static final String ONBOARDING_DATE = "onboarding_info.actual_onboarding_date";
  static final String OFFBOARDING_DATE = "offboarding_info.actual_offboarding_date";
  static final String NOTES = "offboarding_info.notes";

  private OfferFields() {}

  /** The fields of the 0.1 constructors: the dates where internOfferStatus keeps them. */
  static ObjectNode of(
      LocalDate onboardingDate,
      LocalDate offboardingDate,
      String notes,
      String talentId,
      Integer offerType) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    if (talentId != null) {
      fields.put(TALENT_ID, talentId);
    }
    if (offerType != null) {
      fields.put(OFFER_TYPE, offerType);
    }
    if (onboardingDate != null) {
      DottedPaths.put(fields, ONBOARDING_DATE, TextNode.valueOf(onboardingDate.toString()));
    }
    if (offboardingDate != null) {
      DottedPaths.put(fields, OFFBOARDING_DATE, TextNode.valueOf(offboardingDate.toString()));
    }
    if (notes != null) {
      DottedPaths.put(fields, NOTES, TextNode.valueOf(notes));
    }
    return fields;
  }

  /**
   * {@code fields} with the defaults of what they lack: the default talent, an intern offer type,
   * and an {@code application_id} derived from the offer id (the simulator keeps no applications).
   *
   * @throws IllegalArgumentException when {@code talent_id} is blank
   */
  static ObjectNode withDefaults(String offerId, ObjectNode fields) {
    if (!fields.hasNonNull(TALENT_ID)) {
      fields.put(TALENT_ID, DEFAULT_TALENT_ID);
    } else if (fields.get(TALENT_ID).asText().isBlank()) {
      throw new IllegalArgumentException("talent_id must not be blank");
    }
    if (!fields.hasNonNull(OFFER_TYPE)) {
      fields.put(OFFER_TYPE, INTERN_OFFER_TYPE);
    }
    if (!fields.hasNonNull(APPLICATION_ID)) {
      fields.put(APPLICATION_ID, "application-of-" + offerId);
    }
    return fields;
  }

  /**
   * Reads the fields a seed entry or provider-state parameters give: the 0.1 keys ({@code
   * onboarding_date}, {@code offboarding_date}, {@code notes}, {@code talent_id}, {@code
   * offer_type}) and any others under {@code fields}.
   *
   * @throws IllegalArgumentException naming the key and the value that is wrong
   */
  static ObjectNode read(JsonNode entry) {
    JsonNode given = entry.path("fields");
    if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
      throw new IllegalArgumentException("fields must be a JSON object of the offer's fields");
    }
    ObjectNode fields =
        given.isObject() ? ((ObjectNode) given).deepCopy() : JsonNodeFactory.instance.objectNode();
    fields.setAll(
        of(
            date(entry, "onboarding_date"),
            date(entry, "offboarding_date"),
            entry.hasNonNull("notes") ? entry.get("notes").asText() : null,
            entry.hasNonNull("talent_id") ? entry.get("talent_id").asText() : null,
            entry.hasNonNull("offer_type") ? offerType(entry.get("offer_type")) : null));
    return fields;
  }

  /** An {@code offer_type} given as a number or as text holding one. */
  private static int offerType(JsonNode node) {
    String text = node.asText();
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "offer_type \"" + Echo.shortened(text) + "\" is not an integer");
    }
  }

  private static LocalDate date(JsonNode entry, String key) {
    JsonNode node = entry.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          key + " \"" + Echo.shortened(node.asText()) + "\" is not a date in the form YYYY-MM-DD");
    }
  }

  /** The date at a dotted path, or null when there is none or it is no date. */
  static LocalDate date(ObjectNode fields, String dottedPath) {
    JsonNode node = DottedPaths.at(fields, dottedPath);
    try {
      return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The text at a dotted path, or null. */
  static String text(ObjectNode fields, String dottedPath) {
    JsonNode node = DottedPaths.at(fields, dottedPath);
    return node.isTextual() ? node.asText() : null;
  }
}
