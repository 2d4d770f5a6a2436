package dev.offerstatus.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of {@link OfferStatusClient#listOffersPage}: its items, whether more follow, the token
 * of the next page and the answer's {@code X-Tt-Logid}.
 *
 * @param items the offers of this page, in Feishu's order
 * @param hasMore whether another page follows
 * @param nextPageToken the {@code page_token} of the next page; null when {@code hasMore} is false
 * @param logId the request's log id, or null when Feishu sent none
 */
public record OfferPage(
    List<ListedOffer> items, boolean hasMore, String nextPageToken, String logId) {

  /** Copies the items; checks that a page with more has a token. */
  public OfferPage {
    items = List.copyOf(Objects.requireNonNull(items, "items == null"));
    if (hasMore && (nextPageToken == null || nextPageToken.isEmpty())) {
      throw new IllegalArgumentException("has_more is true but no page_token was given");
    }
  }

  /** The token of the next page, when there is one. */
  public Optional<String> next() {
    return hasMore ? Optional.of(nextPageToken) : Optional.empty();
  }
}
