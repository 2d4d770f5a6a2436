package dev.offerstatus.client;

import dev.offerstatus.sdk.model.Offer;
import java.util.Objects;

/**
 * One offer read with {@link OfferStatusClient#getOffer}: the offer as the spec's {@code Offer}
 * schema describes it, its status (kept as a number too, see {@link OfferStatusCode}) and the
 * answer's {@code X-Tt-Logid}.
 *
 * @param offer the offer; its {@code offer_status} is null when Feishu sent a number the spec lacks
 * @param status the offer's {@code offer_status}
 * @param logId the request's log id, or null when Feishu sent none
 */
public record OfferResult(Offer offer, OfferStatusCode status, String logId) {

  /** Checks that {@code offer} and {@code status} are present. */
  public OfferResult {
    Objects.requireNonNull(offer, "offer == null");
    Objects.requireNonNull(status, "status == null");
  }
}
