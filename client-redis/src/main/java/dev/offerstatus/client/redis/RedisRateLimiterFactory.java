package dev.offerstatus.client.redis;

import dev.offerstatus.client.RateLimitedOperation;
import dev.offerstatus.client.RateLimiter;
import dev.offerstatus.client.RateLimiterFactory;
import dev.offerstatus.client.SlidingWindowRateLimiter;
import dev.offerstatus.client.TimeSource;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Rate limiters shared by every process of an app through Redis: the client's sliding-window log
 * ({@link SlidingWindowRateLimiter}), run atomically in one Lua script on the Redis server's clock;
 * thread-safe, build one per Redis and close it when done.
 *
 * <p>Each operation of each app on each base URL has its own log under {@code
 * offer-status:rate:{<baseUrl>|<appId>}:<operationId>:log}; the hash tag puts one app's keys in one
 * Redis Cluster slot. Keys expire by themselves one window after their newest start.
 *
 * <p>It fails closed: when Redis does not answer, or answers too late for a permit to be kept, for
 * {@link Builder#failClosedAfter} (default 5 s), {@link RateLimiter#acquire()} throws {@link
 * dev.offerstatus.client.RateLimiterUnavailableException} and nothing is sent. When it finds that
 * Redis lost the log (a restart, a flush) while this process had been granted a start in the last
 * window, it holds every caller for one window plus {@value #MAX_AHEAD_MILLIS} ms, so the calls
 * made before the loss leave every window first.
 */
public final class RedisRateLimiterFactory implements RateLimiterFactory, AutoCloseable {
  /** How far ahead a start may be booked; a caller with a later start sleeps, then asks again. */
  static final long MAX_AHEAD_MILLIS = 1000;

  private final UnifiedJedis jedis;
  private final boolean ownsJedis;
  private final String redactedUri;
  private final String password;
  private final Settings settings;
  private final TimeSource serverClock;
  private final Map<String, RedisRateLimiter> limiters = new ConcurrentHashMap<>();

  private RedisRateLimiterFactory(Builder b) {
    this.settings =
        new Settings(
            b.time,
            b.secondMargin,
            b.minuteMargin,
            Duration.ofMillis(MAX_AHEAD_MILLIS),
            b.maxLateness != null ? b.maxLateness : b.secondMargin.dividedBy(2),
            b.failClosedAfter,
            b.appId);
    this.serverClock = b.serverClock;
    if (b.jedis != null) {
      this.jedis = b.jedis;
      this.ownsJedis = false;
      this.redactedUri = b.jedis.getClass().getSimpleName();
      this.password = null;
    } else {
      RedisUri uri = b.uri;
      this.password = uri.password();
      this.redactedUri = uri.redacted();
      int millis = (int) b.timeout.toMillis();
      // ssl(boolean) is deprecated in Jedis 8 for sslOptions(...), whose defaults verify
      // differently; keep the rediss:// behaviour users have until a TLS test pins the new one.
      @SuppressWarnings("deprecation")
      DefaultJedisClientConfig.Builder config =
          DefaultJedisClientConfig.builder()
              .connectionTimeoutMillis(millis)
              .socketTimeoutMillis(millis)
              .user(uri.user())
              .password(password)
              .ssl(uri.tls())
              .clientName("offer-status-rate-limiter");
      uri.database().ifPresent(config::database);
      this.jedis =
          RedisClient.builder()
              .hostAndPort(new HostAndPort(uri.host(), uri.port()))
              .clientConfig(config.build())
              .build();
      this.ownsJedis = true;
    }
  }

  /** A factory for the Redis at {@code uri} with the defaults. */
  public static RedisRateLimiterFactory create(String uri) {
    return builder(uri).build();
  }

  /**
   * A builder for the Redis at {@code uri}: {@code redis://[[user]:password@]host[:port][/db]},
   * {@code rediss://} for TLS.
   *
   * @throws IllegalArgumentException when {@code uri} cannot be read: the message names the part
   *     that is wrong and never shows the password (see {@link RedisUri#parse(String)})
   */
  public static Builder builder(String uri) {
    return new Builder(RedisUri.parse(uri), null);
  }

  /**
   * A builder over a Jedis client you configured (e.g. a {@code RedisClusterClient} for Redis
   * Cluster); {@link #close()} leaves it open.
   */
  public static Builder builder(UnifiedJedis jedis) {
    return new Builder(null, Objects.requireNonNull(jedis, "jedis == null"));
  }

  @Override
  public RateLimiter forOperation(RateLimitedOperation operation) {
    Objects.requireNonNull(operation, "operation == null");
    String appId = operation.appId() != null ? operation.appId() : settings.appId();
    if (appId == null) {
      throw new IllegalStateException(
          "The Redis rate limiter keys each budget by app id, and this client has none (it was"
              + " given a token, not app credentials): set it with"
              + " RedisRateLimiterFactory.Builder.appId(appId)");
    }
    String key =
        "offer-status:rate:{"
            + tagSafe(operation.baseUrl())
            + "|"
            + tagSafe(appId)
            + "}:"
            + operation.operationId();
    return limiters.computeIfAbsent(
        key + " " + operation.limit(),
        k -> {
          LimiterScript.INSTANCE.warm(jedis, key);
          return new RedisRateLimiter(this, operation, key);
        });
  }

  /** Closes the connection pool this factory opened (not a Jedis client it was given). */
  @Override
  public void close() {
    if (ownsJedis) {
      jedis.close();
    }
  }

  @Override
  public String toString() {
    return "RedisRateLimiterFactory{" + redactedUri + "}";
  }

  UnifiedJedis jedis() {
    return jedis;
  }

  Settings settings() {
    return settings;
  }

  String redactedUri() {
    return redactedUri;
  }

  /** The server's clock, unless a test drives the script's clock ({@link Builder#serverClock}). */
  String serverClockOverride() {
    return serverClock == null ? "" : Long.toString(serverClock.nanoTime() / 1000);
  }

  /** The exception's type and message, with the password (if any) masked. */
  String describe(JedisException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (password != null && !password.isEmpty()) {
      message = message.replace(password, "***");
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = root == e || root.getMessage() == null ? "" : ": " + root.getMessage();
    if (password != null && !password.isEmpty()) {
      why = why.replace(password, "***");
    }
    return e.getClass().getSimpleName() + ": " + message + why;
  }

  private static String tagSafe(String s) {
    return s.replace("{", "%7B").replace("}", "%7D");
  }

  /** What every limiter of this factory works with. */
  record Settings(
      TimeSource time,
      Duration secondMargin,
      Duration minuteMargin,
      Duration maxAhead,
      Duration maxLateness,
      Duration failClosedAfter,
      String appId) {}

  /** Configures a {@link RedisRateLimiterFactory}; not thread-safe. */
  public static final class Builder {
    private final RedisUri uri;
    private final UnifiedJedis jedis;
    private Duration timeout = Duration.ofSeconds(1);
    private Duration failClosedAfter = Duration.ofSeconds(5);
    private Duration secondMargin = SlidingWindowRateLimiter.DEFAULT_SECOND_MARGIN;
    private Duration minuteMargin = SlidingWindowRateLimiter.DEFAULT_MINUTE_MARGIN;
    private TimeSource time = TimeSource.system();
    private TimeSource serverClock;
    private Duration maxLateness;
    private String appId;

    private Builder(RedisUri uri, UnifiedJedis jedis) {
      this.uri = uri;
      this.jedis = jedis;
    }

    /** How long to wait for a connection and for each answer (default 1 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * How long Redis may fail (no answer, or answers too late to keep a permit) before {@code
     * acquire} gives up with {@link dev.offerstatus.client.RateLimiterUnavailableException}
     * (default 5 s).
     */
    public Builder failClosedAfter(Duration duration) {
      this.failClosedAfter = requirePositive(duration, "duration");
      return this;
    }

    /**
     * The widening of the 1 s and 60 s windows (defaults as {@link SlidingWindowRateLimiter}: 50 ms
     * and 1 s); an answer later than half the first is not used.
     */
    public Builder margins(Duration secondMargin, Duration minuteMargin) {
      this.secondMargin = requirePositive(secondMargin, "secondMargin");
      this.minuteMargin = requirePositive(minuteMargin, "minuteMargin");
      return this;
    }

    /** The clock and sleeper to wait with (tests use a fake). */
    public Builder timeSource(TimeSource time) {
      this.time = Objects.requireNonNull(time, "time == null");
      return this;
    }

    /** The app id of the budgets when the client has none (it was given a token). */
    public Builder appId(String appId) {
      Objects.requireNonNull(appId, "appId == null");
      if (appId.isBlank()) {
        throw new IllegalArgumentException("appId is blank");
      }
      this.appId = appId;
      return this;
    }

    /** Tests only: the script reads this clock instead of the Redis server's {@code TIME}. */
    Builder serverClock(TimeSource clock) {
      this.serverClock = clock;
      return this;
    }

    /**
     * Tests only: how late an answer may arrive and its start still be used (default half the
     * second margin); fake-clock tests on a loaded machine raise it so the schedule stays exact.
     */
    Builder maxLateness(Duration lateness) {
      this.maxLateness = lateness;
      return this;
    }

    /** The factory; opens a connection pool when built from a URI (connections open lazily). */
    public RedisRateLimiterFactory build() {
      return new RedisRateLimiterFactory(this);
    }

    private static Duration requirePositive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }
  }
}
