package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.spec.ErrorKind;
import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

/**
 * The token operation ({@code x-token-operation}): a configured app's id and secret (compared in
 * constant time) get a token, reused while it has more than the spec's {@code reissue-below} left.
 */
final class TokenEndpoint {
  private final ObjectMapper mapper;
  private final Map<String, AppCredentials> apps;
  private final TokenStore tokens;
  private final InstantSource clock;
  private final Duration reissueBelow;
  private final SpecReplies replies;

  TokenEndpoint(
      ObjectMapper mapper,
      Map<String, AppCredentials> apps,
      TokenStore tokens,
      InstantSource clock,
      SpecReplies replies) {
    this.mapper = mapper;
    this.apps = apps;
    this.tokens = tokens;
    this.clock = clock;
    this.reissueBelow = replies.model().tokenPolicy().orElseThrow().reissueBelow();
    this.replies = replies;
  }

  Reply issue(String body) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (IOException e) {
      request = null;
    }
    String appId = request == null ? null : request.path("app_id").asText(null);
    String secret = request == null ? null : request.path("app_secret").asText(null);
    if (appId == null || secret == null || !apps.containsKey(appId)) {
      return replies.tokenError(ErrorKind.TOKEN_REQUEST_INVALID);
    }
    if (!Secrets.equal(apps.get(appId).appSecret(), secret)) {
      return replies.tokenError(ErrorKind.CREDENTIALS);
    }
    TokenStore.Token token = tokens.issueOrReuse(appId, reissueBelow);
    long remaining = Duration.between(clock.instant(), token.expiresAt()).toSeconds();
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 0);
    answer.put("msg", "ok");
    answer.put("tenant_access_token", token.value());
    answer.put("expire", remaining);
    return new Reply(200, answer);
  }
}
