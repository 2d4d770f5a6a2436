package dev.offerstatus.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The simulator's {@code page_token}: opaque to clients, it names the talent and the last offer id
 * of the previous page, so a page follows on from the offers it showed even when offers are added
 * meanwhile, and a token of another talent is refused.
 */
final class PageTokens {
  private PageTokens() {}

  static String encode(String talentId, String lastOfferId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((talentId + "\n" + lastOfferId).getBytes(StandardCharsets.UTF_8));
  }

  /** The last offer id the token names, or null when it is no token of this talent. */
  static String decode(String token, String talentId) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int newline = text.indexOf('\n');
    if (newline < 0 || !text.substring(0, newline).equals(talentId)) {
      return null;
    }
    return text.substring(newline + 1);
  }
}
