package dev.offerstatus.simulator;

import java.util.Objects;
import java.util.Set;

/** A self-built app the simulator knows: its id, its secret and the scopes it was granted. */
record AppCredentials(String appId, String appSecret, Set<String> scopes) {
  AppCredentials {
    Objects.requireNonNull(appId, "appId == null");
    Objects.requireNonNull(appSecret, "appSecret == null");
    scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes == null"));
    if (appId.isBlank()) {
      throw new IllegalArgumentException("app_id must not be blank");
    }
  }
}
