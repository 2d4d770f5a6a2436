package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.RateLimitHeaders;
import dev.offerstatus.spec.RequiredHeader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every operation makes first: a well-formed bearer token that is valid, an app with any
 * one of the operation's scopes ({@code x-required-scopes}), and a permit of the app's rate window
 * for this operation.
 */
final class Authorizer {
  /**
   * The request header that carries the token, as the spec's {@code x-required-headers} name it
   * (e.g. {@code Authorization}).
   */
  private final String credentialsHeader;

  /**
   * {@code <Scheme> <token>} with the scheme's word as those headers write it (e.g. {@code
   * Bearer}): one run of visible characters; anything else is malformed.
   */
  private final Pattern bearer;

  private final Map<String, AppCredentials> apps;

  /** The names of the rate-limited answer's headers, as the spec's responses declare them. */
  private final RateLimitHeaders headers;

  private final TokenStore tokens;
  private final RateWindows rateWindows;
  private final SpecReplies replies;

  Authorizer(
      ContractModel model,
      Map<String, AppCredentials> apps,
      TokenStore tokens,
      RateWindows rateWindows,
      SpecReplies replies) {
    RequiredHeader credentials = credentials(model);
    this.credentialsHeader = credentials.name();
    String value = credentials.value();
    this.bearer =
        Pattern.compile(Pattern.quote(value.substring(0, value.indexOf(' ') + 1)) + "(\\S+)");
    this.apps = apps;
    this.headers = model.requireRateLimitHeaders();
    this.tokens = tokens;
    this.rateWindows = rateWindows;
    this.replies = replies;
  }

  /**
   * The one header the authenticated operations' {@code x-required-headers} give as {@code <scheme>
   * {token}} of the spec's http security scheme (e.g. {@code Authorization: Bearer
   * {tenant_access_token}}).
   *
   * @throws IllegalStateException when they name none or more than one
   */
  static RequiredHeader credentials(ContractModel model) {
    List<String> schemes =
        model.securitySchemes().stream()
            .filter(s -> "http".equals(s.type()) && s.scheme() != null)
            .map(s -> s.scheme().toLowerCase(Locale.ROOT))
            .toList();
    Map<String, RequiredHeader> byName = new TreeMap<>();
    for (Operation op : model.operations()) {
      if (op.authenticated()) {
        for (RequiredHeader header : op.requiredHeaders()) {
          String value = header.value().toLowerCase(Locale.ROOT);
          if (schemes.stream().anyMatch(scheme -> value.startsWith(scheme + " "))) {
            byName.putIfAbsent(header.name(), header);
          }
        }
      }
    }
    if (byName.size() != 1) {
      throw new IllegalStateException(
          "The spec's authenticated operations must name one header in x-required-headers whose"
              + " value starts with the word of an http security scheme "
              + schemes
              + ", but they name "
              + byName.keySet()
              + ".");
    }
    return byName.values().iterator().next();
  }

  /** The request header that carries the token. */
  String credentialsHeader() {
    return credentialsHeader;
  }

  /** Null when the request may proceed, else the refusal to send. */
  Reply refusal(String authorization, Operation op, String logId) {
    Matcher bearer = authorization == null ? null : this.bearer.matcher(authorization);
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
    RateWindows.Decision decision = rateWindows.acquire(appId, op.operationId());
    if (!decision.allowed()) {
      Reply limited = replies.error(op, ErrorKind.RATE_LIMITED, logId);
      return new Reply(
          limited.status(),
          limited.body(),
          Map.of(
              headers.limit(), String.valueOf(decision.limit()),
              headers.reset(), String.valueOf(decision.resetSeconds())));
    }
    return null;
  }
}
