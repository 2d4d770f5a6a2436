package dev.offerstatus.cli;

import dev.offerstatus.client.OfferStatusCode;

/** How the CLI shows an offer's status: the number and the spec's description of it. */
final class OfferTexts {
  private OfferTexts() {}

  static String status(OfferStatusCode status, Texts texts) {
    return texts.get(
        "offer.status",
        status.value(),
        StatusDescriptions.describe(status.value(), texts.locale()));
  }
}
