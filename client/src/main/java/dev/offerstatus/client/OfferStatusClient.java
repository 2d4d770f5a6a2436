package dev.offerstatus.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.sdk.api.OfferApi;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.Operation;
import dev.offerstatus.spec.ContractModel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * A Feishu client for {@code POST /open-apis/hire/v1/offers/{offer_id}/intern_offer_status} that
 * validates every request before sending it, manages the tenant token, stays under the endpoint's
 * rate limits, retries only where that is safe and fails with typed exceptions; thread-safe, build
 * one per app and share it.
 */
public final class OfferStatusClient {
  /** Feishu's production base URL. */
  public static final String DEFAULT_BASE_URL = "https://open.feishu.cn/";

  /** The operationId of the write operation in the spec. */
  static final String WRITE_OPERATION = "internOfferStatus";

  private final StatusUpdates updates;
  private final RequestExecutor executor;
  private final OfferReads reads;
  private final String description;

  private OfferStatusClient(Builder b) {
    HttpUrl baseUrl = b.baseUrl;
    ObjectMapper mapper = mapper();
    ClientEvents events = new ClientEvents(b.listener);
    Wire wire = new Wire(http(b), b.callTimeout());
    OfferApi api =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(wire.http())
            .addConverterFactory(JacksonConverterFactory.create(mapper))
            .build()
            .create(OfferApi.class);
    ContractModel model = ContractModel.fromClasspath();
    TokenProvider tokens =
        b.tokenProvider != null
            ? b.tokenProvider
            : new AppTokenProvider(
                    b.appId,
                    b.appSecret,
                    baseUrl,
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
                b.appId);
    this.executor =
        new RequestExecutor(
            wire,
            mapper,
            tokens,
            budgets,
            b.timeSource,
            new FeishuErrors(model, model.requireOperation(WRITE_OPERATION)),
            events,
            b.maxConnectRetries,
            b.maxRateLimitRetries);
    this.updates = new StatusUpdates(api, mapper, OfferStatusRules.fromClasspath(), b.locale);
    this.reads = new OfferReads(api, mapper, executor::send, ReadPreflight.fromSpec(b.locale));
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
  private static OkHttpClient http(Builder b) {
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
      http.addInterceptor(new HttpLogging(b.httpLogBodyChars));
    }
    return http.build();
  }

  /** A builder; set the credentials (or a token source), everything else has defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Confirms the onboarding of an intern offer pending onboarding (state 11). */
  public OfferStatusResult confirmOnboarding(String offerId, LocalDate actualOnboardingDate) {
    return update(
        offerId,
        new InternOfferStatusRequest()
            .operation(Operation.CONFIRM_ONBOARDING)
            .onboardingInfo(
                new InternOfferOnboardingInfo().actualOnboardingDate(actualOnboardingDate)));
  }

  /** Cancels the onboarding of an intern offer pending onboarding (state 11). */
  public OfferStatusResult cancelOnboarding(String offerId) {
    return update(offerId, new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING));
  }

  /** Offboards an onboarded intern (state 12); {@code notes} may be null. */
  public OfferStatusResult offboard(String offerId, LocalDate actualOffboardingDate, String notes) {
    return update(
        offerId,
        new InternOfferStatusRequest()
            .operation(Operation.OFFBOARD)
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
   * Sends any request after checking it against the contract's rules.
   *
   * @throws InvalidRequestException when it breaks a rule (nothing is sent)
   * @throws OfferStatusException for every other failure, typed by its cause
   */
  public OfferStatusResult update(String offerId, InternOfferStatusRequest request) {
    Objects.requireNonNull(request, "request == null");
    Request prepared = updates.prepare(offerId, request);
    Exchanged sent = executor.send(prepared, Operations.INTERN_OFFER_STATUS, offerId);
    return updates.result(sent);
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

    private Builder() {}

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
