package dev.offerstatus.simulator;

import com.sun.net.httpserver.HttpServer;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredRateLimit;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A running stand-in for Feishu's intern offer status endpoint and its token endpoint, on the JDK's
 * HTTP server. Start one with {@link #builder()}; close it when done.
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

  /** The provider-state change path, relative to the base URL. */
  public static final String STATE_CHANGE_PATH = SimulatorHandler.STATE_PATH.substring(1);

  private final HttpServer server;
  private final ExecutorService executor;
  private final SimulatorHandler handler;
  private final OfferBook offers;
  private final TokenStore tokens;
  private final RateLimiter limiter;
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
    ContractModel model = ContractModel.fromClasspath();
    Operation write = model.requireOperation(SimulatorHandler.WRITE_OPERATION);
    // a default app holds every scope any operation names
    Set<String> requiredScopes = new LinkedHashSet<>();
    model.operations().forEach(op -> requiredScopes.addAll(op.requiredScopes()));
    Map<String, AppCredentials> apps = new LinkedHashMap<>();
    for (Builder.AppEntry app : builder.apps) {
      apps.put(
          app.appId(),
          new AppCredentials(
              app.appId(), app.appSecret(), app.scopes() == null ? requiredScopes : app.scopes()));
    }
    if (apps.isEmpty()) {
      apps.put(
          DEFAULT_APP_ID, new AppCredentials(DEFAULT_APP_ID, DEFAULT_APP_SECRET, requiredScopes));
    }
    Map<String, RateLimits> limitsByOperation = new ConcurrentHashMap<>();
    Function<String, RateLimits> limits =
        operationId ->
            limitsByOperation.computeIfAbsent(operationId, id -> limits(builder, model, id));
    this.offers = new OfferBook(model, write);
    builder.offers.forEach(offers::put);
    this.tokens = new TokenStore(builder.clock, builder.tokenTtl, builder.maxTokensPerApp);
    this.limiter = new RateLimiter(builder.clock, limits);
    ProviderStates states =
        new ProviderStates(
            offers, tokens, limiter, new LinkedHashSet<>(apps.keySet()), builder.clock);
    this.handler =
        new SimulatorHandler(
            model,
            Map.copyOf(apps),
            tokens,
            limiter,
            offers,
            OfferStatusRules.fromClasspath(),
            states,
            builder.clock,
            builder.maxBodyBytes,
            new ProviderStateGate(builder.providerStates, builder.providerStateKey),
            new ReadOperations(
                offers,
                new QueryCheck(model),
                state -> state.offerStatus().orElseThrow(),
                model
                    .requireErrorCode(model.requireOperation("getOffer"), ErrorKind.PARAMETER)
                    .code()));
    AtomicInteger threadNumber = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            builder.threads,
            runnable -> {
              Thread thread =
                  new Thread(runnable, "offer-status-simulator-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
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

  /**
   * An operation's limits: the builder's, else the operation's {@code x-rate-limit} (a missing
   * {@code per-minute}: 60 times the per-second limit, which a per-second window implies anyway).
   */
  private static RateLimits limits(Builder builder, ContractModel model, String operationId) {
    DeclaredRateLimit spec =
        model
            .requireOperation(
                operationId.equals(RateLimiter.ANY_OPERATION)
                    ? SimulatorHandler.WRITE_OPERATION
                    : operationId)
            .requireRateLimit();
    int perSecond = builder.perSecond == 0 ? spec.perSecond() : builder.perSecond;
    int perMinute =
        builder.perMinute == 0
            ? spec.perMinute().orElse(Math.multiplyExact(spec.perSecond(), 60))
            : builder.perMinute;
    return new RateLimits(builder.limitsEnabled, perSecond, perMinute, builder.windowOffset);
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

  /** Makes the app's next operation request answer 429 / 99991400, whatever its windows hold. */
  public void refuseNextRequest(String appId) {
    Objects.requireNonNull(appId, "appId == null");
    limiter.refuseNext(appId);
  }

  /** How many requests reached the operation's path so far (any outcome). */
  public long operationRequests() {
    return handler.operationRequests();
  }

  /**
   * The exchanges answered so far, oldest first: what the client really sent, like MockWebServer's
   * {@code takeRequest()}. Only the last 1000 are kept, older ones are dropped: a test that sends
   * more must count outcomes with {@link #answers(int)} instead.
   */
  public List<RecordedExchange> exchanges() {
    return handler.journal();
  }

  /**
   * How many answers so far carried this {@code code} (e.g. {@code 99991400} for a 429), counted
   * over every request since the start, unlike the truncated {@link #exchanges()}.
   */
  public long answers(int code) {
    return handler.answers(code);
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

  /** Stops the server at once and frees its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Configures and starts a {@link Simulator}. */
  public static final class Builder {
    private record AppEntry(String appId, String appSecret, Set<String> scopes) {}

    private final List<AppEntry> apps = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();
    private InstantSource clock = Clock.systemUTC();
    private boolean limitsEnabled = true;
    private int perSecond;
    private int perMinute;
    private Duration windowOffset = Duration.ZERO;
    private Duration tokenTtl =
        ContractModel.fromClasspath().tokenPolicy().orElseThrow().maxLifetime();
    private String bindAddress = "127.0.0.1";
    private int port;
    private int threads = 16;
    private int maxBodyBytes = RequestBodies.DEFAULT_MAX_BYTES;
    private int maxTokensPerApp = TokenStore.DEFAULT_MAX_PER_APP;
    private boolean providerStates;
    private String providerStateKey;

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
     */
    public Builder providerStateKey(String key) {
      this.providerStateKey = nonBlank(key, "key");
      this.providerStates = true;
      return this;
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

    /** Rate limits per app and operation, the same for every operation, instead of the spec's. */
    public Builder limits(int perSecond, int perMinute) {
      this.limitsEnabled = true;
      this.perSecond = positive(perSecond, "perSecond");
      this.perMinute = positive(perMinute, "perMinute");
      return this;
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

    /** How long issued tokens live; also the token endpoint's {@code expire}. Default 7200 s. */
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

    /** Request-handling threads; default 16. */
    public Builder threads(int threads) {
      this.threads = positive(threads, "threads");
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
