package dev.offerstatus.client.redis;

import java.net.URI;
import java.net.URISyntaxException;

/** Redis URIs as they may be shown: the password replaced by {@code ***}. */
public final class RedisUris {
  private RedisUris() {}

  /**
   * {@code redis://user:***@host:port/db}; the whole URI when it has no password; {@code <not a
   * URI>} when it cannot be parsed (it might hold a password in any place).
   */
  public static String redact(String uri) {
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      return "<not a URI>";
    }
    String userInfo = parsed.getRawUserInfo();
    if (userInfo == null) {
      return parsed.toString();
    }
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? "" : userInfo.substring(0, colon);
    // redis://secret@host (no colon) is Redis' legacy form for a password alone
    String shown = user + ":***";
    String rest = parsed.getRawSchemeSpecificPart();
    String afterUserInfo = rest.substring(rest.indexOf('@') + 1);
    return parsed.getScheme() + "://" + shown + "@" + afterUserInfo;
  }
}
