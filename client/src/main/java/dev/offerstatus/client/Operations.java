package dev.offerstatus.client;

import java.util.List;

/**
 * The operationIds of the spec this client calls: they key the rate budgets and name the generated
 * interface's methods.
 */
final class Operations {
  static final String INTERN_OFFER_STATUS = "internOfferStatus";
  static final String GET_OFFER = "getOffer";
  static final String LIST_OFFERS = "listOffers";

  static final List<String> ALL = List.of(INTERN_OFFER_STATUS, GET_OFFER, LIST_OFFERS);

  private Operations() {}

  static void requireKnown(String operationId) {
    if (!ALL.contains(operationId)) {
      throw new IllegalArgumentException(
          "unknown operationId \""
              + MessageText.escape(operationId)
              + "\"; this client calls "
              + ALL);
    }
  }
}
