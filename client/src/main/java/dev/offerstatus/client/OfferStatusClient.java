package dev.offerstatus.client;

import static dev.offerstatus.sdk.model.Operation.CANCEL_ONBOARDING;
import static dev.offerstatus.sdk.model.Operation.CONFIRM_ONBOARDING;
import static dev.offerstatus.sdk.model.Operation.OFFBOARD;
import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;
import static dev.offerstatus.sdk.operations.SpecOperations.UPDATE_OFFER_STATUS;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.InternOfferStatusResponse;
import dev.offerstatus.sdk.model.UpdatableOfferStatus;
import dev.offerstatus.sdk.model.UpdateOfferStatusRequest;
import dev.offerstatus.sdk.model.UpdateOfferStatusResponse;
import dev.offerstatus.sdk.operations.SpecOperation;
import dev.offerstatus.spec.ContractModel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A Feishu client for the operations of the offer-status contract: {@link #call} sends any
 * operation of the spec, typed by its generated models, and the methods named after operations
 * (status updates, reads) are thin wrappers over it. Every request is validated before it is sent,
 * the tenant token is managed, each operation stays under its own rate limits, retries happen only
 * where they are safe and failures are typed exceptions; thread-safe, build one per app and share
 * it.
 */
public final class OfferStatusClient {
  /** Feishu's production base URL. */
  public static final String DEFAULT_BASE_URL = "https://open.feishu.cn/";

  private final OperationCalls calls;
  private final OfferReads reads;
  private final String description;

  private OfferStatusClient(Builder b) {
    HttpUrl baseUrl = b.baseUrl;
    ObjectMapper mapper = mapper();
    ClientEvents events = new ClientEvents(b.listener);
    ContractModel model = b.model != null ? b.model : ContractModel.fromClasspath();
    Wire wire =
        new Wire(
            http(b, OperationCalls.tokenHeaderNames(model)),
            b.callTimeout(),
            model.requireLogIdHeader());
    OfferStatusRules rules =
        b.model != null ? OfferStatusRules.of(model) : OfferStatusRules.fromClasspath();
    TokenProvider tokens =
        b.tokenProvider != null
            ? b.tokenProvider
            : new AppTokenProvider(
                    b.appId,
                    b.appSecret,
                    baseUrl,
                    model,
                    b.tokenCache != null ? b.tokenCache : TenantTokenCache.create(),
                    wire,
                    mapper,
                    b.timeSource)
                .events(events);
    OperationBudgets budgets =
        b.rateLimitingOff
            ? null
            : new OperationBudgets(
                b.rateLimiters != null ? b.rateLimiters : RateLimiterFactory.inJvm(b.timeSource),
                baseUrl.toString(),
                b.appId,
                model);
    RequestExecutor executor =
        new RequestExecutor(
            wire,
            mapper,
            tokens,
            budgets,
            b.timeSource,
            model.requireRateLimitHeaders(),
            events,
            b.maxConnectRetries,
            b.maxRateLimitRetries);
    this.calls = new OperationCalls(model, rules, mapper, baseUrl, executor, b.locale);
    this.reads = new OfferReads(calls);
    this.description =
        "OfferStatusClient{baseUrl="
            + baseUrl
            + ", auth="
            + b.authDescription()
            + ", rateLimiter="
            + (budgets == null ? "off" : budgets)
            + "}";
  }

  /** The builder's OkHttp client with its timeouts and, if asked for, HTTP logging. */
  private static OkHttpClient http(Builder b, Set<String> tokenHeaders) {
    OkHttpClient base = b.okHttpClient != null ? b.okHttpClient : new OkHttpClient();
    OkHttpClient.Builder http = base.newBuilder();
    if (b.connectTimeout != null) {
      http.connectTimeout(b.connectTimeout);
    }
    if (b.readTimeout != null) {
      http.readTimeout(b.readTimeout);
      http.writeTimeout(b.readTimeout);
    }
    if (b.httpLogBodyChars > 0) {
      http.addInterceptor(new HttpLogging(b.httpLogBodyChars, tokenHeaders));
    }
    return http.build();
  }

  /** A builder; set the credentials (or a token source), everything else has defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Calls any operation of the spec: its parameters and body are checked by that operation's rules
   * before anything is sent, then it goes out with a token, under the operation's own rate budget
   * (its {@code x-rate-limit}), with the safe retries, and its errors are typed by the codes that
   * operation and the platform declare.
   *
   * <pre>{@code
   * OperationResult<UpdateOfferStatusResponse> r =
   *     client.call(UPDATE_OFFER_STATUS, UPDATE_OFFER_STATUS.pathValues(offerId), request);
   * }</pre>
   *
   * @param operation the generated descriptor ({@code SpecOperations.UPDATE_OFFER_STATUS}), or
   *     {@link #operation(String)} for an operation of the client's spec with no generated one
   * @param parameters its path and query parameters by name (strings, numbers, booleans or
   *     generated enums); a null value is not sent
   * @param body its request body: a generated model (checked as a model and as the very JSON sent),
   *     a Jackson {@code JsonNode} or a {@code Map} (checked as JSON), or null for none
   * @return the success answer as the operation's generated type, its HTTP status and log id
   * @throws InvalidRequestException when it breaks a rule of the spec (nothing is sent)
   * @throws IllegalArgumentException when the descriptor does not match the client's spec or names
   *     a parameter the operation lacks
   * @throws OfferStatusException for every other failure, typed by its cause
   */
  public <B, R> OperationResult<R> call(
      SpecOperation<B, R> operation, Map<String, ?> parameters, B body) {
    return calls.call(operation, parameters, body).result();
  }

  /** As {@link #call(SpecOperation, Map, Object)} for an operation that takes no request body. */
  public <R> OperationResult<R> call(SpecOperation<Void, R> operation, Map<String, ?> parameters) {
    return calls.call(operation, parameters, null).result();
  }

  /**
   * A descriptor of any operation of the client's spec (see {@link Builder#spec}), with its body
   * and answer as JSON trees, for {@link #call}: for an operation the generated {@code
   * SpecOperations} does not have, or a name read at run time.
   *
   * @throws IllegalArgumentException naming the spec's operations when it has no such one
   */
  public SpecOperation<JsonNode, JsonNode> operation(String operationId) {
    Objects.requireNonNull(operationId, "operationId == null");
    return calls.untyped(operationId);
  }

  /**
   * Updates an offer's status ({@code PATCH /open-apis/hire/v1/offers/{offer_id}/offer_status},
   * operation {@code updateOfferStatus}); see {@link #call}.
   *
   * @throws InvalidRequestException when it breaks a rule (nothing is sent), e.g. status 6 without
   *     an expiration date
   * @throws OfferStatusException for every other failure, typed by its cause
   */
  public OperationResult<UpdateOfferStatusResponse> updateOfferStatus(
      String offerId, UpdateOfferStatusRequest request) {
    Objects.requireNonNull(request, "request == null");
    return call(UPDATE_OFFER_STATUS, UPDATE_OFFER_STATUS.pathValues(offerId), request);
  }

  /**
   * Sets an offer's status when the status needs nothing else (not 6, which needs an expiration
   * date, nor 8, which needs termination reasons: the rules refuse those, nothing is sent).
   */
  public OperationResult<UpdateOfferStatusResponse> updateOfferStatus(
      String offerId, UpdatableOfferStatus status) {
    Objects.requireNonNull(status, "status == null");
    return updateOfferStatus(offerId, new UpdateOfferStatusRequest().offerStatus(status));
  }

  /** Confirms the onboarding of an intern offer pending onboarding (state 11). */
  public OfferStatusResult confirmOnboarding(String offerId, LocalDate actualOnboardingDate) {
    return update(
        offerId,
        new InternOfferStatusRequest()
            .operation(CONFIRM_ONBOARDING)
            .onboardingInfo(
                new InternOfferOnboardingInfo().actualOnboardingDate(actualOnboardingDate)));
  }

  /** Cancels the onboarding of an intern offer pending onboarding (state 11). */
  public OfferStatusResult cancelOnboarding(String offerId) {
    return update(offerId, new InternOfferStatusRequest().operation(CANCEL_ONBOARDING));
  }

  /** Offboards an onboarded intern (state 12); {@code notes} may be null. */
  public OfferStatusResult offboard(String offerId, LocalDate actualOffboardingDate, String notes) {
    return update(
        offerId,
        new InternOfferStatusRequest()
            .operation(OFFBOARD)
            .offboardingInfo(
                new InternOfferOffboardingInfo()
                    .actualOffboardingDate(actualOffboardingDate)
                    .notes(notes)));
  }

  /**
   * Reads one offer ({@code GET /open-apis/hire/v1/offers/{offer_id}}, operation {@code getOffer})
   * under that operation's own rate budget; a lost answer is read again (reading changes nothing).
   *
   * @throws InvalidRequestException when {@code offerId} breaks the spec's parameter rules
   * @throws ParameterErrorException when Feishu knows no such offer (code 1002002)
   * @throws OfferStatusException for every other failure, typed by its cause
   */
  public OfferResult getOffer(String offerId) {
    return reads.getOffer(offerId);
  }

  /**
   * The offers of a talent ({@code GET /open-apis/hire/v1/offers}, operation {@code listOffers}),
   * lazily: each page (the spec's default size) is fetched, under that operation's rate budget,
   * when the items before it are used up. The parameters are checked now; a failure on a later page
   * is thrown by the stream's terminal operation as the same typed exceptions.
   */
  public Stream<ListedOffer> listOffers(String talentId) {
    return reads.listOffers(talentId, null);
  }

  /** As {@link #listOffers(String)}, with {@code pageSize} items per request (the spec's range). */
  public Stream<ListedOffer> listOffers(String talentId, int pageSize) {
    return reads.listOffers(talentId, pageSize);
  }

  /**
   * One page of a talent's offers; {@code pageSize} null for the spec's default, {@code pageToken}
   * null for the first page, else a previous page's {@link OfferPage#nextPageToken()}.
   */
  public OfferPage listOffersPage(String talentId, Integer pageSize, String pageToken) {
    return reads.listOffersPage(talentId, pageSize, pageToken);
  }

  /**
   * Sends any status update of an intern offer ({@code internOfferStatus}) after checking it
   * against the contract's rules.
   *
   * @throws InvalidRequestException when it breaks a rule (nothing is sent)
   * @throws OfferStatusException for every other failure, typed by its cause
   */
  public OfferStatusResult update(String offerId, InternOfferStatusRequest request) {
    Objects.requireNonNull(request, "request == null");
    OperationCalls.Typed<InternOfferStatusResponse> sent =
        calls.call(INTERN_OFFER_STATUS, INTERN_OFFER_STATUS.pathValues(offerId), request);
    if (sent.answer().getData() == null) {
      Exchanged exchanged = sent.exchanged();
      throw Envelopes.unexpected(
          exchanged.answer(),
          exchanged.what(),
          "a success envelope without \"" + InternOfferStatusResponse.JSON_PROPERTY_DATA + "\"",
          null);
    }
    return new OfferStatusResult(sent.answer().getData(), sent.exchanged().answer().logId());
  }

  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  }

  @Override
  public String toString() {
    return description;
  }

  /** Configures an {@link OfferStatusClient}; not thread-safe. */
  public static final class Builder {
    private String appId;
    private String appSecret;
    private TokenProvider tokenProvider;
    private TenantTokenCache tokenCache;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout; // null: connect + read timeout
    private OkHttpClient okHttpClient;
    private TimeSource timeSource = TimeSource.system();
    private RateLimiterFactory rateLimiters;
    private boolean rateLimitingOff;
    private Locale locale = Locale.ENGLISH;
    private int maxConnectRetries = 2;
    private int maxRateLimitRetries = 3;
    private String auth = "none";
    private OfferStatusListener listener = OfferStatusListener.NONE;
    private int httpLogBodyChars;
    private ContractModel model;

    private Builder() {}

    /**
     * The contract to follow (default: the spec shipped in {@code offer-status-spec}): a copy of
     * the spec with further operations, reached with {@link OfferStatusClient#operation(String)}.
     * Its rules, rate limits, error codes and token operation are the ones used.
     */
    public Builder spec(ContractModel model) {
      this.model = Objects.requireNonNull(model, "model == null");
      return this;
    }

    /** Authenticates as a self-built app: tokens are fetched, cached and refreshed. */
    public Builder appCredentials(String appId, String appSecret) {
      this.appId = BuilderArguments.requireText(appId, "appId");
      this.appSecret = BuilderArguments.requireText(appSecret, "appSecret");
      this.tokenProvider = null;
      this.auth = "app " + appId + " (secret redacted)";
      return this;
    }

    /** Takes tokens from {@code provider} instead of fetching them. */
    public Builder tokenProvider(TokenProvider provider) {
      this.tokenProvider = Objects.requireNonNull(provider, "provider == null");
      this.appId = null;
      this.appSecret = null;
      this.auth = "token provider " + provider.getClass().getName();
      return this;
    }

    /** Sends this fixed {@code tenant_access_token} (no refresh, no replay on 99991663). */
    public Builder tenantAccessToken(String token) {
      String fixed = BuilderArguments.requireText(token, "token");
      this.tokenProvider = new FixedTokenProvider(fixed);
      this.appId = null;
      this.appSecret = null;
      this.auth = "fixed tenant_access_token (redacted)";
      return this;
    }

    /** Shares a token cache with other clients of the same app (default: one per client). */
    public Builder tokenCache(TenantTokenCache cache) {
      this.tokenCache = Objects.requireNonNull(cache, "cache == null");
      return this;
    }

    /**
     * The base URL, ending with '/' (default {@value #DEFAULT_BASE_URL}); plain http only for
     * loopback hosts.
     */
    public Builder baseUrl(String url) {
      this.baseUrl = BuilderArguments.baseUrl(url);
      return this;
    }

    /**
     * The platform: {@link Domain#FEISHU} (the default) or {@link Domain#LARK}; sets the base URL.
     */
    public Builder domain(Domain domain) {
      this.baseUrl = Objects.requireNonNull(domain, "domain == null").url();
      return this;
    }

    /** Hears requests, answers, retries, throttle waits and token fetches (default: none). */
    public Builder listener(OfferStatusListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Logs every request and answer at DEBUG to logger {@code dev.offerstatus.client.http}, bodies
     * cut after {@code maxBodyChars}; the Authorization header, app secret and tokens are redacted.
     */
    public Builder logHttp(int maxBodyChars) {
      if (maxBodyChars <= 0) {
        throw new IllegalArgumentException("maxBodyChars must be positive, got " + maxBodyChars);
      }
      this.httpLogBodyChars = maxBodyChars;
      return this;
    }

    /** How long to wait for a connection (default 10 s); failures here are retried. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = BuilderArguments.requirePositive(timeout, "timeout");
      return this;
    }

    /** How long to wait for each read or write (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = BuilderArguments.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * How long one HTTP exchange (connect, request, the whole answer) may take in all; default the
     * connect timeout plus the read timeout (40 s), so an answer that trickles in, each byte within
     * the read timeout, still ends. Checked four times a second: an exchange ends at most 250 ms
     * after it. A write cut off by it has an unknown outcome.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = BuilderArguments.requirePositive(timeout, "timeout");
      return this;
    }

    /** The call timeout set, else the connect timeout plus the read timeout. */
    Duration callTimeout() {
      return callTimeout != null ? callTimeout : connectTimeout.plus(readTimeout);
    }

    /**
     * Builds on this OkHttp client (its pool, dispatcher, proxy, TLS, interceptors); the client's
     * copy gets this builder's timeouts, no OkHttp retries or redirects (a POST is resent only when
     * surely not sent) and one network interceptor. See client/README.md.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /** The clock and sleeper for token expiry, rate limiting and back-off (tests use a fake). */
    public Builder timeSource(TimeSource time) {
      this.timeSource = Objects.requireNonNull(time, "time == null");
      return this;
    }

    /**
     * Where the limiter of each operation comes from; by default each client builds its own in-JVM
     * ones ({@link RateLimiterFactory#inJvm()}) for the spec's limits, so clients of the same app
     * must all be given one shared factory here: {@code RateLimiterFactory.inJvm()} in one JVM, the
     * {@code client-redis} module's across processes.
     */
    public Builder rateLimiter(RateLimiterFactory factory) {
      this.rateLimiters = Objects.requireNonNull(factory, "factory == null");
      this.rateLimitingOff = false;
      return this;
    }

    /** Turns client-side rate limiting off: only for servers without limits (benchmarks). */
    public Builder withoutRateLimiting() {
      this.rateLimitingOff = true;
      this.rateLimiters = null;
      return this;
    }

    /** The language of violation messages: English (default) or Chinese. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale == null");
      return this;
    }

    /** How often a request that could not be sent is tried again (default 2). */
    public Builder maxConnectRetries(int retries) {
      this.maxConnectRetries = BuilderArguments.requireNotNegative(retries, "retries");
      return this;
    }

    /** How often a throttled (99991400) request is tried again (default 3). */
    public Builder maxRateLimitRetries(int retries) {
      this.maxRateLimitRetries = BuilderArguments.requireNotNegative(retries, "retries");
      return this;
    }

    /** The client; fails when no credentials or token source was set. */
    public OfferStatusClient build() {
      if (tokenProvider == null && appId == null) {
        throw new IllegalStateException(
            "No credentials: call appCredentials(appId, appSecret), tokenProvider(provider) or"
                + " tenantAccessToken(token)");
      }
      return new OfferStatusClient(this);
    }

    String authDescription() {
      return auth;
    }

    @Override
    public String toString() {
      return "OfferStatusClient.Builder{baseUrl=" + baseUrl + ", auth=" + auth + "}";
    }
  }
}
