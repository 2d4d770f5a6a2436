package dev.offerstatus.cli;

import dev.offerstatus.client.OfferStatusCode;

/** How the CLI shows an offer's status: the number and the spec's description of it. */
final class OfferStatusLabel {
  private OfferStatusLabel() {}

  static String status(OfferStatusCode status, Messages messages) {
    return messages.get(
        "offer.status",
        status.value(),
        StatusDescriptions.describe(status.value(), messages.locale()));
  }
}
