package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.spec.ContractModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A running stand-in for Feishu serving every operation of the spec (the offer writes and reads and
 * the token endpoint), on the JDK's HTTP server. Start one with {@link #builder()}; close it when
 * done.
 *
 * <pre>{@code
 * try (Simulator simulator = Simulator.builder().app("cli_a", "secret")
 *     .seed(Offer.pendingOnboarding("7016605170635213100")).start()) {
 *   String baseUrl = simulator.baseUrl(); // http://127.0.0.1:<port>/
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {
  /** The app the simulator knows when none is configured. */
  public static final String DEFAULT_APP_ID = "cli_simulator";

  /** The secret of {@link #DEFAULT_APP_ID}. */
  public static final String DEFAULT_APP_SECRET = "simulator_secret";

  /**
   * Requests in progress at once unless {@link Builder#maxConcurrentRequests(int)} says otherwise.
   */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 256;

  /**
   * The environment variable a standalone simulator (and the CLI's {@code simulator} command) takes
   * the provider-state key from: a key on the command line would show in {@code ps}.
   */
  public static final String PROVIDER_STATE_KEY_ENV = "OFFER_STATUS_PROVIDER_STATE_KEY";

  /** Offers the book may hold for provider states unless {@link Builder#maxOffers(int)} says. */
  public static final int DEFAULT_MAX_OFFERS = 10_000;

  /** The refusal of a provider-state key given as a command-line argument (standalone, CLI). */
  public static final String PROVIDER_STATE_KEY_IN_ARGUMENTS =
      "--provider-state-key is not accepted: every user of the host sees a process's arguments"
          + " (ps); put the key in the environment variable "
          + PROVIDER_STATE_KEY_ENV
          + " or in a file only you can read (--provider-state-key-file FILE)";

  /** The provider-state change path, relative to the base URL. */
  public static final String STATE_CHANGE_PATH = SimulatorHandler.STATE_PATH.substring(1);

  private final HttpServer server;
  private final RequestPool executor;
  private final SimulatorHandler handler;
  private final OfferBook offers;
  private final TokenStore tokens;
  private final RateWindows rateWindows;
  private final String baseUrl;

  static {
    // The JDK server writes headers and body in two segments; without TCP_NODELAY each answer
    // waits for the client's delayed ACK (about 40 ms). Read once, when the server first loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    RequestTimeouts.applyDefaults();
  }

  private Simulator(Builder builder) throws IOException {
    ContractModel model = builder.model != null ? builder.model : ContractModel.fromClasspath();
    Map<String, AppCredentials> apps = SimulatorSetup.apps(builder, model);
    this.offers = new OfferBook();
    builder.offers.forEach(offers::put);
    Duration tokenTtl =
        builder.tokenTtl != null
            ? builder.tokenTtl
            : model
                .tokenPolicy()
                .orElseThrow(() -> new IllegalStateException("The spec has no x-token-policy"))
                .maxLifetime();
    this.tokens = new TokenStore(builder.clock, tokenTtl, builder.maxTokensPerApp);
    this.rateWindows = new RateWindows(builder.clock, SimulatorSetup.limits(builder, model));
    OperationEndpoint operations =
        new OperationEndpoint(
            new ObjectMapper(),
            model,
            builder.model != null ? OfferStatusRules.of(model) : OfferStatusRules.fromClasspath(),
            offers);
    ProviderStates states =
        new ProviderStates(
            offers,
            tokens,
            rateWindows,
            operations,
            new LinkedHashSet<>(apps.keySet()),
            builder.clock,
            builder.maxOffers);
    this.handler =
        new SimulatorHandler(
            model,
            Map.copyOf(apps),
            tokens,
            rateWindows,
            operations,
            states,
            builder.clock,
            builder.maxBodyBytes,
            new ProviderStateGate(builder.providerStates, builder.providerStateKey));
    this.executor = new RequestPool(builder.threads, builder.maxConcurrentRequests);
    String exposure = BindCheck.warning(builder.bindAddress, builder.providerStates);
    if (exposure != null) {
      if (builder.providerStates && builder.providerStateKey == null) {
        throw new IllegalStateException(exposure);
      }
      System.getLogger(Simulator.class.getName()).log(System.Logger.Level.WARNING, exposure);
    }
    this.server = HttpServer.create(new InetSocketAddress(builder.bindAddress, builder.port), 64);
    server.createContext("/", handler);
    server.setExecutor(executor);
    server.start();
    String host = server.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    this.baseUrl = "http://" + host + ":" + server.getAddress().getPort() + "/";
  }

  /**
   * The warning for binding {@code bindAddress} (empty on loopback): others can reach a simulator
   * bound elsewhere; with provider states on it must also have a key.
   */
  public static Optional<String> exposureWarning(String bindAddress, boolean providerStates) {
    return Optional.ofNullable(BindCheck.warning(bindAddress, providerStates));
  }

  /** A builder with the spec's defaults: rate limits from {@code x-rate-limit}, 7200 s tokens. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, ending in '/', e.g. {@code http://127.0.0.1:54321/}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The Pact provider-state change URL, {@code <baseUrl>_pact/provider-states}. */
  public String stateChangeUrl() {
    return baseUrl + STATE_CHANGE_PATH;
  }

  /** The offer as stored now, if there is one with this id. */
  public Optional<Offer> offer(String offerId) {
    Objects.requireNonNull(offerId, "offerId == null");
    return offers.get(offerId);
  }

  /**
   * The state of an offer now.
   *
   * @throws IllegalArgumentException when no offer has this id
   */
  public OfferState offerState(String offerId) {
    return offer(offerId)
        .orElseThrow(() -> new IllegalArgumentException("no offer with id \"" + offerId + "\""))
        .state();
  }

  /** Stores offers (replacing any with the same id), while the simulator runs. */
  public Simulator seed(Offer... offers) {
    for (Offer offer : offers) {
      this.offers.put(Objects.requireNonNull(offer, "offer == null"));
    }
    return this;
  }

  /** Issues a token for a configured app, as the token endpoint would, without an HTTP call. */
  public String issueToken(String appId) {
    Objects.requireNonNull(appId, "appId == null");
    return tokens.issue(appId).value();
  }

  /** Invalidates every issued token: the next call with any of them gets 99991663. */
  public void invalidateTokens() {
    tokens.invalidateAll();
  }

  /**
   * Makes the next request of {@code operationId} that passes authorization and the limits answer
   * {@code code} with the status and message the spec declares for it: a way to meet a code the
   * simulator has no trigger for (e.g. 1002070, or a code of a kind no client handles specially).
   * Codes queue up, one request each.
   *
   * @throws IllegalArgumentException when the spec has no such operation, or the operation declares
   *     no such code
   */
  public Simulator answerNext(String operationId, int code) {
    Objects.requireNonNull(operationId, "operationId == null");
    handler.operations().answerNext(operationId, code);
    return this;
  }

  /** Makes the app's next operation request answer 429 / 99991400, whatever its windows hold. */
  public void refuseNextRequest(String appId) {
    Objects.requireNonNull(appId, "appId == null");
    rateWindows.refuseNext(appId);
  }

  /**
   * How many requests reached a write operation (one with {@code x-offer-transitions}) so far, any
   * outcome.
   */
  public long operationRequests() {
    return handler.operationRequests();
  }

  /**
   * The exchanges answered so far, oldest first: what the client really sent, like MockWebServer's
   * {@code takeRequest()}. Only the last 1000 are kept, older ones are dropped: a test that sends
   * more must count outcomes with {@link #answers(int)} instead.
   */
  public List<RecordedExchange> exchanges() {
    return handler.recorded().exchanges();
  }

  /**
   * How many answers so far carried this {@code code} (e.g. {@code 99991400} for a 429), counted
   * over every request since the start, unlike the truncated {@link #exchanges()}.
   */
  public long answers(int code) {
    return handler.recorded().answers(code);
  }

  /**
   * Answers per operation and code since the start, one line per operation, as printed at shutdown
   * and served as JSON at {@code GET /_simulator/stats}.
   */
  public String statsSummary() {
    return handler.stats().summary();
  }

  /** How many answers of {@code operationId} carried {@code code}, since the start. */
  public long answers(String operationId, int code) {
    return handler.stats().answers(operationId, code);
  }

  /**
   * How many requests are in progress now (being read, handled or answered), at most {@link
   * Builder#maxConcurrentRequests(int)}.
   */
  public int requestsInProgress() {
    return executor.inProgress();
  }

  /** Stops the server at once and frees its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Configures and starts a {@link Simulator}. */
  public static final class Builder {
    record AppEntry(String appId, String appSecret, Set<String> scopes) {}

    final List<AppEntry> apps = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();
    InstantSource clock = Clock.systemUTC();
    ContractModel model;
    boolean limitsEnabled = true;
    boolean replaceWindows;
    final Map<Duration, Integer> windows = new LinkedHashMap<>();
    Duration windowOffset = Duration.ZERO;
    Duration tokenTtl;
    String bindAddress = "127.0.0.1";
    int port;
    int threads = 16;
    int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    int maxOffers = DEFAULT_MAX_OFFERS;
    int maxBodyBytes = RequestBodies.DEFAULT_MAX_BYTES;
    int maxTokensPerApp = TokenStore.DEFAULT_MAX_PER_APP;
    boolean providerStates;
    String providerStateKey;

    private Builder() {}

    /**
     * Turns on the Pact provider-state endpoint ({@link #stateChangeUrl()}), off by default: it can
     * mint valid tokens and rewrite offers. It accepts only {@code application/json}; on a
     * non-loopback bind it also needs {@link #providerStateKey(String)}.
     */
    public Builder providerStates() {
      this.providerStates = true;
      return this;
    }

    /**
     * Turns on the provider-state endpoint, accepting only requests that carry {@code key} in the
     * {@value ProviderStateGate#KEY_HEADER} header (compared in constant time).
     *
     * @throws IllegalArgumentException unless the key is 1 to 1024 visible ASCII characters
     */
    public Builder providerStateKey(String key) {
      Objects.requireNonNull(key, "key == null");
      this.providerStateKey = ProviderStateKeys.check(key, "providerStateKey");
      this.providerStates = true;
      return this;
    }

    /**
     * {@link #providerStateKey(String)} with the key a file holds (one line), for a key that must
     * not appear on a command line: refused when the file's group or others may read it.
     *
     * @throws IllegalArgumentException when the file may be read by others or holds no valid key
     * @throws UncheckedIOException when it cannot be read
     */
    public Builder providerStateKeyFile(Path file) {
      Objects.requireNonNull(file, "file == null");
      this.providerStateKey = ProviderStateKeys.read(file);
      this.providerStates = true;
      return this;
    }

    /**
     * {@link #providerStateKey(String)} with the key in {@value Simulator#PROVIDER_STATE_KEY_ENV}
     * of {@code environment} (e.g. {@code System.getenv()}) when it is set; nothing changes when it
     * is not.
     *
     * @throws IllegalArgumentException when it is set but holds no valid key
     */
    public Builder providerStateKeyFrom(Map<String, String> environment) {
      Objects.requireNonNull(environment, "environment == null");
      String key = environment.get(PROVIDER_STATE_KEY_ENV);
      if (key != null) {
        this.providerStateKey =
            ProviderStateKeys.check(key, "the environment variable " + PROVIDER_STATE_KEY_ENV);
        this.providerStates = true;
      }
      return this;
    }

    /** Whether the simulator this builder starts has its provider-state endpoint on. */
    public boolean providerStatesOn() {
      return providerStates;
    }

    /**
     * The largest request body read, in bytes (default 1 MiB); a larger one is answered 413 at
     * once, from its Content-Length or as soon as the stream passes the cap.
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = positive(maxBodyBytes, "maxBodyBytes");
      return this;
    }

    /**
     * The most offers the book may hold after a provider-state setup (default {@value
     * Simulator#DEFAULT_MAX_OFFERS}): a setup that would pass it is refused and stores nothing.
     * Offers seeded in-process or from a seed file are not refused, but count.
     */
    public Builder maxOffers(int maxOffers) {
      this.maxOffers = positive(maxOffers, "maxOffers");
      return this;
    }

    /**
     * Live tokens kept per app (default 100): issuing one more drops the app's oldest, and expired
     * ones are dropped as new ones are issued.
     */
    public Builder maxTokensPerApp(int maxTokensPerApp) {
      this.maxTokensPerApp = positive(maxTokensPerApp, "maxTokensPerApp");
      return this;
    }

    /** Adds an app with the scopes the spec requires ({@code x-required-scopes}). */
    public Builder app(String appId, String appSecret) {
      apps.add(new AppEntry(nonBlank(appId, "appId"), nonBlank(appSecret, "appSecret"), null));
      return this;
    }

    /** Adds an app granted exactly {@code scopes} (fewer than required answers 99991672). */
    public Builder app(String appId, String appSecret, Set<String> scopes) {
      apps.add(
          new AppEntry(
              nonBlank(appId, "appId"),
              nonBlank(appSecret, "appSecret"),
              Set.copyOf(Objects.requireNonNull(scopes, "scopes == null"))));
      return this;
    }

    /** The time source of token expiry and rate windows; a {@link MutableClock} in tests. */
    public Builder clock(InstantSource clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Rate limits per app and operation, the same for every operation instead of the spec's: a
     * window of a second and one of a minute.
     */
    public Builder limits(int perSecond, int perMinute) {
      positive(perSecond, "perSecond");
      positive(perMinute, "perMinute");
      this.limitsEnabled = true;
      this.replaceWindows = true;
      this.windows.clear();
      this.windows.put(Duration.ofSeconds(1), perSecond);
      this.windows.put(Duration.ofMinutes(1), perMinute);
      return this;
    }

    /**
     * Sets the limit of the window of that length (e.g. one second) for every operation, replacing
     * the spec's window of that length or adding one; the spec's other windows stay.
     */
    public Builder window(Duration length, int limit) {
      Objects.requireNonNull(length, "length == null");
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("a rate window must be positive, got " + length);
      }
      this.windows.put(length, positive(limit, "limit"));
      this.limitsEnabled = true;
      return this;
    }

    /**
     * Serves this spec instead of the one shipped in {@code offer-status-spec} (e.g. a copy with a
     * further operation): its operations, rules, limits, codes and state machines.
     */
    public Builder spec(ContractModel model) {
      this.model = Objects.requireNonNull(model, "model == null");
      return this;
    }

    /**
     * Serves the OpenAPI file at {@code openApiYaml}, as {@link #spec(ContractModel)}.
     *
     * @throws UncheckedIOException when it cannot be read
     * @throws dev.offerstatus.spec.InvalidSpecException when it is no spec the model can read
     */
    public Builder specFile(Path openApiYaml) {
      Objects.requireNonNull(openApiYaml, "openApiYaml == null");
      try {
        return spec(ContractModel.parse(Files.readString(openApiYaml, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot read the spec " + openApiYaml + ": " + e.getMessage(), e);
      }
    }

    /** No rate limiting at all. */
    public Builder limitsOff() {
      this.limitsEnabled = false;
      return this;
    }

    /** Shifts the rate windows: they start at the epoch plus {@code offset} (e.g. 300 ms). */
    public Builder windowOffset(Duration offset) {
      this.windowOffset = Objects.requireNonNull(offset, "offset == null");
      return this;
    }

    /**
     * How long issued tokens live; also the token endpoint's {@code expire}. Default: the spec's
     * {@code x-token-policy} (7200 s).
     */
    public Builder tokenTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl == null");
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("tokenTtl must be positive, got " + ttl);
      }
      this.tokenTtl = ttl;
      return this;
    }

    /** Offers present from the start. */
    public Builder seed(Offer... offers) {
      for (Offer offer : offers) {
        this.offers.add(Objects.requireNonNull(offer, "offer == null"));
      }
      return this;
    }

    /** Offers present from the start. */
    public Builder seed(Collection<Offer> offers) {
      return seed(offers.toArray(Offer[]::new));
    }

    /** Offers present from the start, read from a JSON seed file (see {@link SeedFile}). */
    public Builder seedFile(Path file) {
      return seed(SeedFile.read(file));
    }

    /** The address to bind; default {@code 127.0.0.1}. */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress == null");
      return this;
    }

    /** The port; default 0 (any free port). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Request threads kept ready; default 16. More are started while more requests are in progress,
     * up to {@link #maxConcurrentRequests(int)}, so clients that stall mid-request hold no thread a
     * well-behaved client needs.
     */
    public Builder threads(int threads) {
      this.threads = positive(threads, "threads");
      return this;
    }

    /**
     * Requests in progress at once (each from its first byte to its answer, on a thread of its
     * own); default {@value Simulator#DEFAULT_MAX_CONCURRENT_REQUESTS}. A request beyond that has
     * its connection closed at once.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      this.maxConcurrentRequests = positive(maxConcurrentRequests, "maxConcurrentRequests");
      return this;
    }

    /**
     * Starts the server.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public Simulator start() {
      try {
        return new Simulator(this);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot start the simulator on " + bindAddress + ":" + port + ": " + e.getMessage(), e);
      }
    }

    private static String nonBlank(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}
