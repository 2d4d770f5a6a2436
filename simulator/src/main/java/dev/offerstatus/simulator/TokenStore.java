package dev.offerstatus.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The tenant access tokens the simulator has issued, each bound to an app and an expiry. */
final class TokenStore {
  record Token(String value, String appId, Instant expiresAt) {}

  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final Map<String, Token> latestByApp = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final InstantSource clock;
  private final Duration ttl;

  TokenStore(InstantSource clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  Duration ttl() {
    return ttl;
  }

  /** Issues a fresh token for an app, valid for the configured time to live. */
  Token issue(String appId) {
    byte[] bytes = new byte[20];
    random.nextBytes(bytes);
    return register("t-" + HexFormat.of().formatHex(bytes), appId, clock.instant().plus(ttl));
  }

  /**
   * Answers a token request as the platform does: the app's latest token while at least {@code
   * reissueBelow} of its life remains, else a fresh one (the earlier one stays valid until it
   * expires).
   */
  Token issueOrReuse(String appId, Duration reissueBelow) {
    return latestByApp.compute(
        appId,
        (id, latest) ->
            latest != null
                    && tokens.get(latest.value()) == latest
                    && Duration.between(clock.instant(), latest.expiresAt()).compareTo(reissueBelow)
                        >= 0
                ? latest
                : issue(id));
  }

  /** Registers a token chosen by the caller (provider states), replacing any earlier one. */
  Token register(String value, String appId, Instant expiresAt) {
    Token token = new Token(value, appId, expiresAt);
    tokens.put(value, token);
    return token;
  }

  /** The token's record while it is known and not expired. */
  Optional<Token> valid(String value) {
    Token token = tokens.get(value);
    if (token == null || !clock.instant().isBefore(token.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(token);
  }

  /** Forgets every token, as the platform does when it invalidates them early. */
  void invalidateAll() {
    tokens.clear();
    latestByApp.clear();
  }
}
