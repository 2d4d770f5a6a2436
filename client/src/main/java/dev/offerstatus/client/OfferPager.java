package dev.offerstatus.client;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks the pages of a list lazily: a page is fetched only when the items before it are used up, so
 * memory holds one page and a caller that stops early sends no further request. A page that names a
 * token the walk has already followed (A, B, A, ... or a page naming its own token) would repeat
 * pages forever: that is reported, not followed.
 *
 * <p>To know every token it followed, the walk keeps a 128-bit digest (the first half of SHA-256)
 * of each, with its page number: about 100 bytes per page walked, whatever a token's length.
 */
final class OfferPager implements Iterator<ListedOffer> {
  /** Fetches the page a token names (null: the first page). */
  @FunctionalInterface
  interface PageSource {
    OfferPage fetch(String pageToken);
  }

  private final PageSource source;
  private final String what;
  private final Map<TokenDigest, Integer> followed = new HashMap<>();
  private Iterator<ListedOffer> current = Collections.emptyIterator();
  private String token;
  private int pages;
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
      pages++;
      if (token != null) {
        followed.put(TokenDigest.of(token), pages);
      }
      OfferPage page = source.fetch(token);
      if (page.hasMore()) {
        Integer earlier = followed.get(TokenDigest.of(page.nextPageToken()));
        if (earlier != null) {
          throw new UnexpectedResponseException(
              what
                  + ": page "
                  + pages
                  + " names "
                  + MessageText.snippet(page.nextPageToken())
                  + " as the next page_token, the token of page "
                  + earlier
                  + " of this walk; stopped instead of listing pages again ("
                  + OfferStatusException.describeLogId(page.logId())
                  + ")",
              200,
              page.logId(),
              null);
        }
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

  /** A token as 128 bits of its SHA-256: a few bytes per page, however long the token. */
  private record TokenDigest(long high, long low) {
    static TokenDigest of(String token) {
      // the UTF-16 code units as they are: two tokens that differ only in a lone surrogate differ
      ByteBuffer units = ByteBuffer.allocate(token.length() * 2);
      units.asCharBuffer().put(token);
      byte[] d = sha256().digest(units.array());
      long high = 0;
      long low = 0;
      for (int i = 0; i < 8; i++) {
        high = (high << 8) | (d[i] & 0xff);
        low = (low << 8) | (d[i + 8] & 0xff);
      }
      return new TokenDigest(high, low);
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }
  }
}
