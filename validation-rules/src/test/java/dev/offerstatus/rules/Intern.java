package dev.offerstatus.rules;

import java.util.Map;

/** The shipped spec's intern offer status operation, as these tests call it. */
final class Intern {
  /** Its operationId. */
  static final String OPERATION = "internOfferStatus";

  private Intern() {}

  /** Its parameters: the offer id, or none when null (not sent). */
  static Map<String, String> offer(String offerId) {
    return offerId == null ? Map.of() : Map.of("offer_id", offerId);
  }
}
