package dev.offerstatus.client;

/**
 * Supplies the {@code tenant_access_token} sent as {@code Authorization: Bearer ...}; the client
 * calls it before every attempt, so implementations cache.
 */
@FunctionalInterface
public interface TokenProvider {

  /** A token that is valid now, without the {@code Bearer } prefix. */
  String tenantAccessToken();

  /**
   * Feishu answered 99991663 for {@code token}: forget it, so that the next {@link
   * #tenantAccessToken()} returns a new one (the client then replays the request once).
   */
  default void invalidate(String token) {}

  /**
   * Whether {@link #invalidate(String)} can lead to a different token; when false the client does
   * not replay on 99991663.
   */
  default boolean canRefresh() {
    return true;
  }
}
