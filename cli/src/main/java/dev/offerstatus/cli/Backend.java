package dev.offerstatus.cli;

import dev.offerstatus.cli.batch.Batch;
import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.Contract;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.client.Domain;
import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.client.OfferStatusListener;
import dev.offerstatus.client.RateLimit;
import dev.offerstatus.client.RateLimiterFactory;
import dev.offerstatus.client.redis.RedisRateLimiterFactory;
import dev.offerstatus.client.redis.RedisUris;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.OfferState;
import dev.offerstatus.simulator.SeedFile;
import dev.offerstatus.simulator.Simulator;
import dev.offerstatus.spec.DeclaredRateLimit;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The client a command sends with, and the in-process simulator behind it with --simulator. */
final class Backend implements Batch.Connection {
  static final String ENV_APP_ID = "FEISHU_APP_ID";
  static final String ENV_APP_SECRET = "FEISHU_APP_SECRET";
  static final String ENV_TOKEN = "FEISHU_TENANT_ACCESS_TOKEN";
  static final String ENV_REDIS = "OFFER_STATUS_REDIS_URL";

  private final OfferStatusClient client;
  private final Simulator simulator;
  private final RedisRateLimiterFactory redis;

  private Backend(OfferStatusClient client, Simulator simulator, RedisRateLimiterFactory redis) {
    this.client = client;
    this.simulator = simulator;
    this.redis = redis;
  }

  /**
   * Builds the client; with --simulator starts the simulator first (from the contract's spec),
   * seeded from --seed or else with {@code seeds}.
   *
   * @param sends the operations the command sends: --rate paces them
   */
  static Backend open(
      ConnectionOptions options,
      Console console,
      Contract contract,
      Collection<String> sends,
      Collection<Offer> seeds) {
    return open(options, console, contract, sends, seeds, OfferStatusListener.NONE);
  }

  /**
   * {@link #open(ConnectionOptions, Console, Contract, Collection, Collection)}, telling {@code
   * listener}.
   */
  static Backend open(
      ConnectionOptions options,
      Console console,
      Contract contract,
      Collection<String> sends,
      Collection<Offer> seeds,
      OfferStatusListener listener) {
    CliMessages t = console.messages;
    OfferStatusClient.Builder builder =
        OfferStatusClient.builder().locale(t.locale()).listener(listener);
    if (contract.file() != null) {
      builder.spec(contract.model()); // --spec: its operations, rules, limits and codes
    }
    RedisRateLimiterFactory redis = redis(options, console);
    RateLimiterFactory limiters = redis != null ? redis : RateLimiterFactory.inJvm();
    if (options.unthrottled) {
      limiters = unthrottled(options);
    }
    if (options.rate != null) {
      Map<String, RateLimit> lowered = new LinkedHashMap<>();
      for (String operationId : sends) {
        lowered.put(operationId, lowered(contract, operationId, options.rate, t));
      }
      RateLimiterFactory shared = limiters;
      // --rate paces the requests the command sends; reads keep their own operation's limit
      limiters =
          op ->
              shared.forOperation(
                  lowered.containsKey(op.operationId())
                      ? op.withLimit(lowered.get(op.operationId()))
                      : op);
    }
    builder.rateLimiter(limiters);
    Simulator simulator = null;
    if (options.simulator) {
      simulator = startSimulator(options, contract, seeds, t);
      builder
          .baseUrl(simulator.baseUrl())
          .appCredentials(Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET);
      console.notice(t.get("simulator.inProcess", simulator.baseUrl()));
    } else {
      if (options.seed != null) {
        throw new CliException(ExitCodes.USAGE, t.get("seed.needsSimulator"));
      }
      if (options.domain != null) {
        builder.domain(domain(options));
      } else {
        try {
          builder.baseUrl(options.baseUrl);
        } catch (IllegalArgumentException e) {
          throw new CliException(ExitCodes.USAGE, "--base-url: " + e.getMessage());
        }
      }
      credentials(builder, options, console);
    }
    try {
      return new Backend(builder.build(), simulator, redis);
    } catch (IllegalStateException e) {
      if (redis == null) {
        throw e;
      }
      // the Redis limiter needs an app id, and a FEISHU_TENANT_ACCESS_TOKEN gives none
      throw new CliException(ExitCodes.USAGE, t.get("redis.needsAppId", ENV_APP_ID), e);
    }
  }

  /**
   * No client-side pacing, for benchmarks against a simulator started with --no-limits: only with a
   * loopback --base-url, never towards Feishu.
   */
  private static RateLimiterFactory unthrottled(ConnectionOptions options) {
    String host = URI.create(options.baseUrl).getHost();
    boolean loopback;
    try {
      loopback = host != null && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      loopback = false;
    }
    if (options.simulator || options.redis != null || options.rate != null || !loopback) {
      throw new CliException(
          ExitCodes.USAGE,
          "--unthrottled: only with a loopback --base-url (a simulator run with --no-limits),"
              + " without --simulator, --redis or --rate");
    }
    return operation -> () -> Duration.ZERO;
  }

  /** The Redis limiter of --redis or OFFER_STATUS_REDIS_URL, or null. */
  private static RedisRateLimiterFactory redis(ConnectionOptions options, Console console) {
    String uri = options.redis;
    String source = "--redis";
    if (uri == null) {
      String env = System.getenv(ENV_REDIS);
      uri = env == null || env.isBlank() ? null : env.strip();
      source = ENV_REDIS;
    }
    if (uri == null) {
      return null;
    }
    RedisRateLimiterFactory.Builder redis;
    try {
      redis = RedisRateLimiterFactory.builder(uri);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, source + ": " + e.getMessage());
    }
    String appId = System.getenv(ENV_APP_ID);
    if (appId != null && !appId.isBlank()) {
      redis.appId(appId.strip()); // only used when the client has no app id (a token)
    }
    console.notice(console.messages.get("redis.shared", RedisUris.redact(uri)));
    return redis.build();
  }

  /** --domain feishu|lark; not together with a --base-url of its own. */
  private static Domain domain(ConnectionOptions options) {
    if (!OfferStatusClient.DEFAULT_BASE_URL.equals(options.baseUrl)) {
      throw new CliException(
          ExitCodes.USAGE, "--domain and --base-url both given: use one of them");
    }
    return switch (options.domain.toLowerCase(Locale.ROOT)) {
      case "feishu" -> Domain.FEISHU;
      case "lark" -> Domain.LARK;
      default ->
          throw new CliException(
              ExitCodes.USAGE, "--domain: \"" + options.domain + "\" is not one of feishu, lark");
    };
  }

  @Override
  public OfferStatusClient client() {
    return client;
  }

  @Override
  public void close() {
    if (simulator != null) {
      simulator.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  /**
   * The limit --rate sets for {@code operationId}: {@code rate} a second (at most its own
   * per-second limit, when the spec gives one) and no more a minute than its own per-minute limit.
   */
  private static RateLimit lowered(Contract contract, String operationId, int rate, CliMessages t) {
    DeclaredRateLimit declared =
        contract.model().requireOperation(operationId).rateLimit().orElse(null);
    int perSecond =
        declared == null ? Integer.MAX_VALUE : declared.perSecond().orElse(Integer.MAX_VALUE);
    if (rate < 1) {
      throw new CliException(ExitCodes.USAGE, t.get("rate.atLeastOne", rate));
    }
    if (rate > perSecond) {
      throw new CliException(ExitCodes.USAGE, t.get("rate.range", rate, perSecond, operationId));
    }
    int perMinute = declared == null ? 0 : declared.perMinute().orElse(0);
    return new RateLimit(rate, perMinute == 0 ? 0 : Math.min(perMinute, rate * 60));
  }

  private static Simulator startSimulator(
      ConnectionOptions options, Contract contract, Collection<Offer> seeds, CliMessages t) {
    List<Offer> offers;
    if (options.seed != null) {
      byte[] seed = CliInputFiles.read(options.seed, t);
      try {
        offers = SeedFile.parse(options.seed.toString(), new String(seed, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCodes.USAGE, e.getMessage());
      }
    } else {
      offers = List.copyOf(seeds);
    }
    Simulator.Builder simulator = Simulator.builder().seed(offers);
    if (contract.file() != null) {
      simulator.spec(contract.model());
    }
    return simulator.start();
  }

  /**
   * An offer in a state {@code request} can be sent from: the first state its transition starts
   * from in the spec's state machine; an offer pending onboarding when its operation has none.
   */
  static Offer seedFor(RowRequest request) {
    return request
        .transition()
        .map(transition -> Offer.of(request.offerId(), OfferState.of(transition.from().get(0))))
        .orElseGet(() -> Offer.pendingOnboarding(request.offerId()));
  }

  /** Token from the environment, then app credentials from the environment, then the config. */
  private static void credentials(
      OfferStatusClient.Builder builder, ConnectionOptions options, Console console) {
    CliMessages t = console.messages;
    Map<String, String> env = System.getenv();
    String token = env.get(ENV_TOKEN);
    if (token != null && !token.isBlank()) {
      builder.tenantAccessToken(token.strip());
      return;
    }
    String appId = env.get(ENV_APP_ID);
    String appSecret = env.get(ENV_APP_SECRET);
    boolean hasId = appId != null && !appId.isBlank();
    boolean hasSecret = appSecret != null && !appSecret.isBlank();
    if (hasId && hasSecret) {
      builder.appCredentials(appId.strip(), appSecret.strip());
      return;
    }
    if (hasId != hasSecret) {
      // Half of the app in the environment: never fall back to another app's config file.
      throw new CliException(
          ExitCodes.USAGE,
          t.get(
              "credentials.partialEnv",
              hasId ? ENV_APP_ID : ENV_APP_SECRET,
              hasId ? ENV_APP_SECRET : ENV_APP_ID));
    }
    Path config = options.config != null ? options.config : defaultConfig(env);
    if (config != null && (options.config != null || Files.exists(config))) {
      ConfigPermissions.warning(config, t).ifPresent(console::notice);
      Properties properties = readConfig(config, t);
      String id = properties.getProperty("app_id", "").strip();
      String secret = properties.getProperty("app_secret", "").strip();
      if (id.isEmpty() || secret.isEmpty()) {
        throw new CliException(ExitCodes.USAGE, t.get("config.incomplete", config));
      }
      builder.appCredentials(id, secret);
      return;
    }
    throw new CliException(ExitCodes.USAGE, t.get("credentials.missing"));
  }

  private static Path defaultConfig(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "offer-status", "config.properties");
    }
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home, ".config", "offer-status", "config.properties");
  }

  private static Properties readConfig(Path config, CliMessages t) {
    Properties properties = new Properties();
    byte[] bytes = CliInputFiles.read(config, t);
    try (Reader reader = new StringReader(new String(bytes, StandardCharsets.UTF_8))) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, t.get("config.malformed", config, e.getMessage()), e);
    }
    return properties;
  }
}
