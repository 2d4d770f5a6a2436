package dev.offerstatus.client;

/** A token that never changes (no refresh, so no replay on an invalid token). */
record FixedTokenProvider(String token) implements TokenProvider {
  @Override
  public String tenantAccessToken() {
    return token;
  }

  @Override
  public boolean canRefresh() {
    return false;
  }

  @Override
  public String toString() {
    return "FixedTokenProvider{token=<redacted>}";
  }
}
