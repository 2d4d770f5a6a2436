package dev.offerstatus.cli.request;

import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.client.OfferStatusCode;

/** How the CLI shows an offer's status: the number and the spec's description of it. */
public final class OfferStatusLabel {
  private OfferStatusLabel() {}

  public static String status(OfferStatusCode status, CliMessages messages) {
    return messages.get(
        "offer.status",
        status.value(),
        StatusDescriptions.describe(status.value(), messages.locale()));
  }
}
