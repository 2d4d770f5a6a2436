package dev.offerstatus.client;

import dev.offerstatus.sdk.model.OfferListInfo;
import java.util.Objects;

/**
 * One item of {@link OfferStatusClient#listOffers}: the spec's {@code OfferListInfo} and its status
 * (kept as a number too, see {@link OfferStatusCode}).
 *
 * @param info the item; its {@code offer_status} is null when Feishu sent a number the spec lacks
 * @param status the item's {@code offer_status}
 */
public record ListedOffer(OfferListInfo info, OfferStatusCode status) {

  /** Checks that both are present. */
  public ListedOffer {
    Objects.requireNonNull(info, "info == null");
    Objects.requireNonNull(status, "status == null");
  }
}
