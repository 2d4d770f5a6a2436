package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.RateLimitHeaders;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every operation makes first: a well-formed bearer token that is valid, an app with any
 * one of the operation's scopes ({@code x-required-scopes}), and a permit of the app's rate window
 * for this operation.
 */
final class Authorizer {
  /** {@code Bearer <token>}: one run of visible characters; anything else is malformed. */
  private static final Pattern BEARER = Pattern.compile("Bearer (\\S+)");

  private final Map<String, AppCredentials> apps;

  /** The names of the rate-limited answer's headers, as the spec's responses declare them. */
  private static final RateLimitHeaders HEADERS =
      ContractModel.fromClasspath().requireRateLimitHeaders();

  private final TokenStore tokens;
  private final RateLimiter limiter;
  private final SpecReplies replies;

  Authorizer(
      Map<String, AppCredentials> apps,
      TokenStore tokens,
      RateLimiter limiter,
      SpecReplies replies) {
    this.apps = apps;
    this.tokens = tokens;
    this.limiter = limiter;
    this.replies = replies;
  }

  /** Null when the request may proceed, else the refusal to send. */
  Reply refusal(String authorization, Operation op, String logId) {
    Matcher bearer = authorization == null ? null : BEARER.matcher(authorization);
    if (bearer == null || !bearer.matches()) {
      return replies.error(op, ErrorKind.TOKEN_MISSING, logId);
    }
    Optional<TokenStore.Token> token = tokens.valid(bearer.group(1));
    if (token.isEmpty()) {
      return replies.error(op, ErrorKind.TOKEN_INVALID, logId);
    }
    String appId = token.get().appId();
    AppCredentials app = apps.get(appId);
    // x-required-scopes: any one of them suffices
    if (app == null
        || !(op.requiredScopes().isEmpty()
            || op.requiredScopes().stream().anyMatch(app.scopes()::contains))) {
      return replies.error(op, ErrorKind.MISSING_SCOPE, logId);
    }
    RateLimiter.Decision decision = limiter.acquire(appId, op.operationId());
    if (!decision.allowed()) {
      Reply limited = replies.error(op, ErrorKind.RATE_LIMITED, logId);
      return new Reply(
          limited.status(),
          limited.body(),
          Map.of(
              HEADERS.limit(), String.valueOf(decision.limit()),
              HEADERS.reset(), String.valueOf(decision.resetSeconds())));
    }
    return null;
  }
}
