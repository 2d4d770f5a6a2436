package dev.offerstatus.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.sdk.model.ErrorResponse;
import dev.offerstatus.sdk.model.TenantAccessTokenRequest;
import dev.offerstatus.sdk.model.TenantAccessTokenResponse;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import java.time.Duration;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Fetches a self-built app's {@code tenant_access_token} from {@code
 * /open-apis/auth/v3/tenant_access_token/internal} and keeps it in a {@link TenantTokenCache}.
 */
final class AppTokenProvider implements TokenProvider {
  /** The official SDKs (Java, Go, Node) refresh this long before {@code expire}. */
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(3);

  /** The longest token lifetime believed; a larger {@code expire} is clamped to it. */
  static final Duration MAX_LIFETIME = Duration.ofDays(1);

  private final String appId;
  private final String appSecret;
  private final HttpUrl tokenUrl;
  private final MediaType mediaType;
  private final String cacheKey;
  private final TenantTokenCache cache;
  private final FeishuErrors errors;
  private final Wire wire;
  private final ObjectMapper mapper;
  private final TimeSource time;
  private ClientEvents events = new ClientEvents(OfferStatusListener.NONE);
  private volatile boolean fetchedBefore;

  AppTokenProvider(
      String appId,
      String appSecret,
      HttpUrl baseUrl,
      ContractModel model,
      TenantTokenCache cache,
      Wire wire,
      ObjectMapper mapper,
      TimeSource time) {
    this.appId = appId;
    this.appSecret = appSecret;
    // relative to the base URL, which ends with '/'
    Operation tokenOperation = model.requireTokenOperation();
    this.tokenUrl = baseUrl.resolve(tokenOperation.path().substring(1));
    this.mediaType =
        MediaType.get(
            tokenOperation
                .requestBody()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "The spec's token operation "
                                + tokenOperation.operationId()
                                + " declares no request body"))
                .mediaType());
    this.errors = new FeishuErrors(model, tokenOperation);
    this.cacheKey = TenantTokenCache.key(baseUrl.toString(), appId, appSecret);
    this.cache = cache;
    this.wire = wire;
    this.mapper = mapper;
    this.time = time;
  }

  /** Where token fetches are logged and reported; set once, before the first use. */
  AppTokenProvider events(ClientEvents events) {
    this.events = events;
    return this;
  }

  @Override
  public String tenantAccessToken() {
    return cache.get(cacheKey, time, this::fetch);
  }

  @Override
  public void invalidate(String token) {
    cache.invalidate(cacheKey, token);
  }

  private TenantTokenCache.Token fetch() {
    String what = "tenant_access_token request for app " + appId;
    byte[] body;
    try {
      body =
          mapper.writeValueAsBytes(
              new TenantAccessTokenRequest().appId(appId).appSecret(appSecret));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the token request as JSON", e);
    }
    long sentAt = time.nanoTime();
    Wire.Answer answer;
    try {
      answer =
          wire.exchange(
              new Request.Builder()
                  .url(tokenUrl)
                  .post(RequestBody.create(body, mediaType))
                  .build());
    } catch (Wire.NotSentException e) {
      throw new TransportException(
          what + " could not reach " + tokenUrl + ": " + MessageText.describe(e.getCause()),
          e.getCause());
    } catch (Wire.NoAnswerException e) {
      throw new TransportException(
          what
              + " got no complete answer from "
              + tokenUrl
              + ": "
              + MessageText.describe(e.getCause()),
          e.getCause());
    }
    // The token endpoint's body holds a token: failures name the problem, never quote the body.
    JsonNode envelope = Envelopes.parse(mapper, answer, what, true);
    int code = envelope.get(ErrorResponse.JSON_PROPERTY_CODE).intValue();
    if (code != 0) {
      throw new AuthenticationException(
          errors.answer(
              what,
              code,
              envelope.path(ErrorResponse.JSON_PROPERTY_MSG).asText(""),
              answer.status(),
              answer.logId()),
          errors.tokenRefusal(code));
    }
    JsonNode token = envelope.get(TenantAccessTokenResponse.JSON_PROPERTY_TENANT_ACCESS_TOKEN);
    if (token == null || !token.isTextual() || token.asText().isBlank()) {
      throw Envelopes.unexpected(
          answer,
          what,
          "code 0 without a non-blank \""
              + TenantAccessTokenResponse.JSON_PROPERTY_TENANT_ACCESS_TOKEN
              + "\" string",
          null,
          true);
    }
    JsonNode expire = envelope.get(TenantAccessTokenResponse.JSON_PROPERTY_EXPIRE);
    if (expire == null || !expire.canConvertToLong() || expire.longValue() <= 0) {
      throw Envelopes.unexpected(
          answer,
          what,
          "code 0 with \""
              + TenantAccessTokenResponse.JSON_PROPERTY_EXPIRE
              + "\" "
              + (expire == null
                  ? "absent"
                  : expire.isNumber()
                      ? expire.asText()
                      : "a JSON " + expire.getNodeType().toString().toLowerCase(Locale.ROOT))
              + ", not a positive number of seconds",
          null,
          true);
    }
    // A lifetime beyond a day is taken as a day (the platform's is 2 h): no overflow, and a token
    // is refreshed at least daily whatever the server claims.
    Duration lifetime = Duration.ofSeconds(Math.min(expire.longValue(), MAX_LIFETIME.toSeconds()));
    events.tokenFetched(appId, fetchedBefore, lifetime);
    fetchedBefore = true;
    Duration ahead =
        REFRESH_AHEAD.compareTo(lifetime.dividedBy(2)) < 0 ? REFRESH_AHEAD : lifetime.dividedBy(2);
    return new TenantTokenCache.Token(token.asText(), sentAt + lifetime.minus(ahead).toNanos());
  }

  @Override
  public String toString() {
    return "AppTokenProvider{appId=" + appId + ", appSecret=<redacted>, url=" + tokenUrl + "}";
  }
}
