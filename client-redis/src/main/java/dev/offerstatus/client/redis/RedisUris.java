package dev.offerstatus.client.redis;

/** Redis URIs as they may be shown: the password replaced by {@code ***}. */
public final class RedisUris {
  private RedisUris() {}

  /**
   * {@code redis://user:***@host:port/db}: the password, a query and a fragment masked, whether or
   * not the URI can be read (everything before the last {@code @} counts as user info); {@code (N
   * characters, not shown)} when it has no {@code scheme://}, since a password might be anywhere.
   */
  public static String redact(String uri) {
    return RedisUri.mask(uri);
  }
}
