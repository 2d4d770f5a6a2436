package dev.offerstatus.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant access tokens the simulator has issued, each bound to an app and an expiry. Expired
 * tokens are dropped when the app gets a new one, and an app holds at most {@code maxPerApp} live
 * tokens: issuing one more drops its oldest, so a client that fetches tokens in a loop cannot grow
 * the store without bound.
 */
final class TokenStore {
  /** Live tokens per app by default; the official SDKs hold one per app. */
  static final int DEFAULT_MAX_PER_APP = 100;

  record Token(String value, String appId, Instant expiresAt) {}

  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final Map<String, Deque<Token>> byApp = new HashMap<>(); // guarded by this
  private final Map<String, Token> latestByApp = new HashMap<>(); // guarded by this
  private final SecureRandom random = new SecureRandom();
  private final InstantSource clock;
  private final Duration ttl;
  private final int maxPerApp;

  TokenStore(InstantSource clock, Duration ttl) {
    this(clock, ttl, DEFAULT_MAX_PER_APP);
  }

  TokenStore(InstantSource clock, Duration ttl, int maxPerApp) {
    this.clock = clock;
    this.ttl = ttl;
    this.maxPerApp = maxPerApp;
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
  synchronized Token issueOrReuse(String appId, Duration reissueBelow) {
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
  synchronized Token register(String value, String appId, Instant expiresAt) {
    Token token = new Token(value, appId, expiresAt);
    Token earlier = tokens.put(value, token);
    if (earlier != null) {
      byApp.getOrDefault(earlier.appId(), new ArrayDeque<>()).remove(earlier);
    }
    Deque<Token> own = byApp.computeIfAbsent(appId, a -> new ArrayDeque<>());
    Instant now = clock.instant();
    own.removeIf(
        t -> {
          boolean expired = !now.isBefore(t.expiresAt());
          if (expired) {
            tokens.remove(t.value(), t);
          }
          return expired;
        });
    while (own.size() >= maxPerApp) {
      Token oldest = own.removeFirst();
      tokens.remove(oldest.value(), oldest);
    }
    own.addLast(token);
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

  /** How many tokens are stored now (live or expired but not yet dropped). */
  int size() {
    return tokens.size();
  }

  /** Forgets every token, as the platform does when it invalidates them early. */
  synchronized void invalidateAll() {
    tokens.clear();
    byApp.clear();
    latestByApp.clear();
  }
}
