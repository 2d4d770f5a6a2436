package dev.offerstatus.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offerstatus.client.FeishuApiException.ErrorAnswer;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.sdk.api.OfferApi;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.InternOfferStatusResponse;
import dev.offerstatus.sdk.model.Operation;
import dev.offerstatus.spec.ContractModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
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

  /**
   * The longest window of the spec's {@code x-rate-limit} (its {@code per-minute} limit): an {@code
   * x-ogw-ratelimit-reset} beyond it is refused rather than waited for.
   */
  /** The operationId of the write operation in the spec. */
  static final String WRITE_OPERATION = "internOfferStatus";

  static final Duration LONGEST_RATE_WINDOW = Duration.ofMinutes(1);

  private final HttpUrl baseUrl;
  private final OfferApi api;
  private final Wire wire;
  private final ObjectMapper mapper;
  private final TokenProvider tokens;
  private final OperationBudgets budgets;
  private final TimeSource time;
  private final OfferStatusRules rules;
  private final Locale locale;
  private final FeishuErrors errors;
  private final int maxConnectRetries;
  private final int maxRateLimitRetries;
  private final String description;
  private final ClientEvents events;
  private final OfferReads reads;

  private OfferStatusClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.time = b.timeSource;
    this.mapper = mapper();
    OkHttpClient base = b.okHttpClient != null ? b.okHttpClient : new OkHttpClient();
    OkHttpClient.Builder http = base.newBuilder();
    if (b.connectTimeout != null) {
      http.connectTimeout(b.connectTimeout);
    }
    if (b.readTimeout != null) {
      http.readTimeout(b.readTimeout);
      http.writeTimeout(b.readTimeout);
    }
    if (b.callTimeout != null) {
      http.callTimeout(b.callTimeout);
    }
    if (b.httpLogBodyChars > 0) {
      http.addInterceptor(new HttpLogging(b.httpLogBodyChars));
    }
    this.events = new ClientEvents(b.listener);
    this.wire = new Wire(http.build());
    this.api =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(wire.http())
            .addConverterFactory(JacksonConverterFactory.create(mapper))
            .build()
            .create(OfferApi.class);
    ContractModel model = ContractModel.fromClasspath();
    this.errors = new FeishuErrors(model, model.requireOperation(WRITE_OPERATION));
    if (b.tokenProvider != null) {
      this.tokens = b.tokenProvider;
    } else {
      this.tokens =
          new AppTokenProvider(
                  b.appId,
                  b.appSecret,
                  baseUrl,
                  b.tokenCache != null ? b.tokenCache : TenantTokenCache.create(),
                  wire,
                  mapper,
                  time)
              .events(events);
    }
    this.budgets =
        b.rateLimitingOff
            ? null
            : new OperationBudgets(
                b.rateLimiters != null ? b.rateLimiters : RateLimiterFactory.inJvm(time),
                baseUrl.toString(),
                b.appId);
    this.rules = OfferStatusRules.fromClasspath();
    this.reads = new OfferReads(api, mapper, this::send, ReadPreflight.fromSpec(b.locale));
    this.locale = b.locale;
    this.maxConnectRetries = b.maxConnectRetries;
    this.maxRateLimitRetries = b.maxRateLimitRetries;
    this.description =
        "OfferStatusClient{baseUrl="
            + baseUrl
            + ", auth="
            + b.authDescription()
            + ", rateLimiter="
            + (budgets == null ? "off" : budgets)
            + "}";
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
    Request prepared = prepare(offerId, request);
    Exchanged sent = send(prepared, Operations.INTERN_OFFER_STATUS, offerId);
    return success(sent.answer(), sent.envelope(), sent.what());
  }

  /** A success envelope (code 0) and the answer it came in. */
  record Exchanged(Wire.Answer answer, JsonNode envelope, String what) {}

  /**
   * Sends {@code prepared} under its operation's rate budget with a token, replaying once on an
   * expired token and waiting out throttling, until a success envelope arrives.
   *
   * @param offerId the offer a write concerns, named in the outcome-unknown advice; null for a
   *     read, which is retried like a request never sent when its answer is lost (reading is safe)
   * @throws OfferStatusException for every failure, typed by its cause
   */
  Exchanged send(Request prepared, String operationId, String offerId) {
    String what = prepared.method() + " " + prepared.url().encodedPath();
    String op = operationId;
    int connectFailures = 0;
    int throttled = 0;
    boolean replayed = false;
    for (int attempt = 1; ; attempt++) {
      String token;
      try {
        token = tokens.tenantAccessToken();
        acquirePermit(op, what);
      } catch (OfferStatusException e) {
        throw e.beforeSending(); // the token fetch or the rate-limit wait: nothing left
      }
      Wire.Answer answer;
      long sentAt = time.nanoTime();
      try {
        events.requestSent(op, what, attempt);
        answer =
            wire.exchange(prepared.newBuilder().header("Authorization", "Bearer " + token).build());
      } catch (Wire.NotSentException e) {
        connectFailures++;
        if (connectFailures > maxConnectRetries) {
          throw new TransportException(
              what
                  + " was not sent: "
                  + Texts.describe(e.getCause())
                  + " (gave up after "
                  + connectFailures
                  + " attempts; sending it again is safe)",
              e.getCause());
        }
        Duration delay = backoff(connectFailures, Duration.ofMillis(200));
        events.retrying(op, what, attempt + 1, "not sent: " + Texts.describe(e.getCause()), delay);
        pause(delay, what);
        continue;
      } catch (Wire.NoAnswerException e) {
        if (offerId == null) {
          connectFailures++;
          if (connectFailures > maxConnectRetries) {
            throw new TransportException(
                what
                    + " got no complete answer: "
                    + Texts.describe(e.getCause())
                    + " (gave up after "
                    + connectFailures
                    + " attempts; reading again is safe)",
                e.getCause());
          }
          pause(backoff(connectFailures, Duration.ofMillis(200)), what);
          continue;
        }
        throw new OutcomeUnknownException(
            what
                + " was sent but no complete answer arrived ("
                + Texts.describe(e.getCause())
                + "): the outcome is unknown, so it was not retried; read the offer with"
                + " OfferStatusClient.getOffer(\""
                + Texts.escape(offerId)
                + "\") (CLI: offer-status show "
                + offerId
                + ") to see whether its offer_status changed before sending it again",
            e.status,
            e.logId,
            e.getCause());
      }
      JsonNode envelope = Envelopes.parse(mapper, answer, what);
      int code = envelope.get("code").intValue();
      events.answerReceived(
          op,
          what,
          answer.status(),
          code,
          answer.logId(),
          Duration.ofNanos(time.nanoTime() - sentAt));
      if (code == 0) {
        return new Exchanged(answer, envelope, what);
      }
      ErrorAnswer error =
          new ErrorAnswer(
              what, code, envelope.path("msg").asText(""), answer.status(), answer.logId());
      if (errors.isRateLimited(code)) {
        Integer limit = intHeader(answer, "x-ogw-ratelimit-limit");
        Integer reset = intHeader(answer, "x-ogw-ratelimit-reset");
        throttled++;
        if (throttled > maxRateLimitRetries) {
          throw errors.rateLimited(error, limit, reset, throttled);
        }
        if (reset != null && Duration.ofSeconds(reset).compareTo(LONGEST_RATE_WINDOW) > 0) {
          // No window of x-rate-limit lasts that long: not a rate window, so do not hang on it.
          throw new RateLimitedException(
              error,
              limit,
              reset,
              "not waited for: the reset is longer than the longest rate window of the spec's"
                  + " x-rate-limit ("
                  + LONGEST_RATE_WINDOW.toSeconds()
                  + " s)");
        }
        Duration wait =
            reset != null && reset >= 0
                ? Duration.ofSeconds(reset)
                : backoff(throttled, Duration.ofSeconds(1));
        events.throttleWait(op, what, wait, OfferStatusListener.ThrottleCause.SERVER_RATE_LIMITED);
        events.retrying(op, what, attempt + 1, "rate limited (99991400)", wait);
        pause(wait, what);
        continue;
      }
      if (errors.isTokenInvalid(code) && !replayed && tokens.canRefresh()) {
        replayed = true;
        tokens.invalidate(token);
        events.retrying(
            op, what, attempt + 1, "token invalid (99991663): fetched a new one", Duration.ZERO);
        continue;
      }
      throw errors.map(error, replayed);
    }
  }

  /**
   * Pre-flight: the rules' model check, then the generated interface builds the request (path
   * percent-encoded, body serialized once) and the rules' raw JSON check runs on the very body
   * bytes that will be sent, so a rule the generated model carries no constraint for still holds.
   */
  private Request prepare(String offerId, InternOfferStatusRequest request) {
    Map<String, Violation> found = new TreeMap<>();
    rules.validateModel(offerId, request, locale).forEach(v -> add(found, v));
    if (found.keySet().stream().anyMatch(k -> k.startsWith("offer_id\u0000"))) {
      // Retrofit refuses some of these ids ("." and ".."): report them with the body's findings.
      rules.validateJson(offerId, json(request), locale).forEach(v -> add(found, v));
      throw new InvalidRequestException(List.copyOf(found.values()));
    }
    Request prepared = api.internOfferStatus(offerId, request).request();
    rules.validateJson(offerId, body(prepared), locale).forEach(v -> add(found, v));
    if (!found.isEmpty()) {
      throw new InvalidRequestException(List.copyOf(found.values()));
    }
    return prepared;
  }

  private static void add(Map<String, Violation> found, Violation v) {
    found.putIfAbsent(v.path() + '\u0000' + v.rule(), v); // sorted by path, then rule
  }

  private String json(InternOfferStatusRequest request) {
    try {
      return mapper.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "request cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String body(Request prepared) {
    RequestBody body = prepared.body();
    if (body == null) {
      return "";
    }
    try (Buffer buffer = new Buffer()) {
      body.writeTo(buffer);
      return buffer.readUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read back the serialized request body", e);
    }
  }

  private OfferStatusResult success(Wire.Answer answer, JsonNode envelope, String what) {
    if (answer.status() != 200) {
      throw Envelopes.unexpected(answer, what, "code 0 with an HTTP status other than 200", null);
    }
    InternOfferStatusResponse response;
    try {
      response = mapper.treeToValue(envelope, InternOfferStatusResponse.class);
    } catch (JsonProcessingException e) {
      throw Envelopes.unexpected(
          answer, what, "a success envelope that does not match the spec's response schema", e);
    }
    if (response.getData() == null) {
      throw Envelopes.unexpected(answer, what, "a success envelope without \"data\"", null);
    }
    return new OfferStatusResult(response.getData(), answer.logId());
  }

  private void acquirePermit(String op, String what) {
    if (budgets == null) {
      return;
    }
    try {
      long start = time.nanoTime();
      budgets.forOperation(op).acquire();
      long waited = time.nanoTime() - start;
      if (waited > 0) {
        events.throttleWait(
            op,
            what,
            Duration.ofNanos(waited),
            OfferStatusListener.ThrottleCause.CLIENT_RATE_LIMIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          what + " was not sent: interrupted while waiting for a rate-limit permit", e);
    } catch (RateLimiterUnavailableException e) {
      throw new TransportException(what + " was not sent: " + e.getMessage(), e);
    }
  }

  private void pause(Duration duration, String what) {
    try {
      time.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          what + " was not sent again: interrupted while waiting to retry", e);
    }
  }

  /** base, 2 base, 4 base, ... capped at one minute. */
  private static Duration backoff(int attempt, Duration base) {
    Duration d = base.multipliedBy(1L << Math.min(attempt - 1, 16));
    return d.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : d;
  }

  private static Integer intHeader(Wire.Answer answer, String name) {
    String value = answer.headers().get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
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
    private Duration callTimeout; // none: OkHttp's per-call watchdog costs on every call
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
      this.appId = requireText(appId, "appId");
      this.appSecret = requireText(appSecret, "appSecret");
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
      String fixed = requireText(token, "token");
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
      Objects.requireNonNull(url, "url == null");
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException(
            "baseUrl \"" + Texts.escape(url) + "\" is not an http or https URL");
      }
      if (!parsed.encodedPath().endsWith("/")) {
        throw new IllegalArgumentException("baseUrl " + parsed + " must end with '/'");
      }
      if (!parsed.isHttps() && !isLoopback(parsed.host())) {
        throw new IllegalArgumentException(
            "baseUrl "
                + parsed
                + " uses plain http: only https is allowed, except for loopback hosts"
                + " (localhost, 127.0.0.0/8, [::1])");
      }
      this.baseUrl = parsed;
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
      this.connectTimeout = requirePositive(timeout, "timeout");
      return this;
    }

    /** How long to wait for each read or write (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * How long one HTTP exchange may take in all (default: none, the connect and read timeouts
     * bound each step).
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requirePositive(timeout, "timeout");
      return this;
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
      this.maxConnectRetries = requireNotNegative(retries, "retries");
      return this;
    }

    /** How often a throttled (99991400) request is tried again (default 3). */
    public Builder maxRateLimitRetries(int retries) {
      this.maxRateLimitRetries = requireNotNegative(retries, "retries");
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

    private static boolean isLoopback(String host) {
      if (host.equals("localhost")) {
        return true;
      }
      // Only literal addresses: never resolve a name here.
      if (!host.matches("[0-9.]+") && !host.contains(":")) {
        return false;
      }
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      return value;
    }

    private static Duration requirePositive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }

    private static int requireNotNegative(int n, String name) {
      if (n < 0) {
        throw new IllegalArgumentException(name + " must not be negative, got " + n);
      }
      return n;
    }
  }

  /** A token that never changes. */
  private record FixedTokenProvider(String token) implements TokenProvider {
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
}
