package dev.offerstatus.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks the pages of a list lazily: a page is fetched only when the items before it are used up, so
 * memory holds one page and a caller that stops early sends no further request. A page that repeats
 * the token that fetched it would loop forever: that is reported, not followed.
 */
final class OfferPager implements Iterator<ListedOffer> {
  /** Fetches the page a token names (null: the first page). */
  @FunctionalInterface
  interface PageSource {
    OfferPage fetch(String pageToken);
  }

  private final PageSource source;
  private final String what;
  private Iterator<ListedOffer> current = java.util.Collections.emptyIterator();
  private String token;
  private boolean more = true;

  OfferPager(PageSource source, String firstPageToken, String what) {
    this.source = source;
    this.token = firstPageToken;
    this.what = what;
  }

  static Stream<ListedOffer> stream(PageSource source, String firstPageToken, String what) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new OfferPager(source, firstPageToken, what),
            Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && more) {
      OfferPage page = source.fetch(token);
      if (page.hasMore() && page.nextPageToken().equals(token)) {
        throw new UnexpectedResponseException(
            what
                + ": the page fetched with page_token \""
                + MessageText.escape(token)
                + "\" names the same token as its next page; stopped instead of looping ("
                + OfferStatusException.describeLogId(page.logId())
                + ")",
            200,
            page.logId(),
            null);
      }
      current = page.items().iterator();
      more = page.hasMore();
      token = page.nextPageToken();
    }
    return current.hasNext();
  }

  @Override
  public ListedOffer next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
