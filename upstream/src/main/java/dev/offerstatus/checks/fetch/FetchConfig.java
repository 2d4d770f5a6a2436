package dev.offerstatus.checks.fetch;

import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What fetch-doc does: the spec that names the pages, where their content comes from and how
 * patient it is.
 *
 * @param spec the OpenAPI file; each {@code x-upstream-doc} (on {@code info} or an operation) names
 *     a page by {@code source_url} and its {@code snapshot} path, relative to the spec's folder
 * @param baseDir reports name files relative to it
 * @param source the doc site, endpoint and page-path mapping
 * @param patience timeouts and retries
 * @param proxySettings the proxy, if any
 * @param bounds the most one page may take: bytes and time
 * @param sleeper how to wait between attempts (tests pass one that records the waits)
 */
public record FetchConfig(
    Path spec,
    Path baseDir,
    DocSource source,
    Patience patience,
    ProxySettings proxySettings,
    Bounds bounds,
    Sleeper sleeper) {
  /** The longest {@code Retry-After} fetch-doc waits; a longer one fails the page at once. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  /** How many redirects (within the doc site) one request may follow. */
  public static final int MAX_REDIRECTS = 5;

  public FetchConfig {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(baseDir, "baseDir == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(patience, "patience == null");
    Objects.requireNonNull(proxySettings, "proxySettings == null");
    Objects.requireNonNull(bounds, "bounds == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
  }

  /**
   * Defaults: Feishu's site, 10 s to connect, 30 s to read, 2 retries from 1 s, no proxy, at most 4
   * MiB and 120 s per page.
   */
  public static FetchConfig defaults(Path spec, Path baseDir) {
    return new FetchConfig(
        spec,
        baseDir,
        DocSource.feishu(),
        new Patience(Duration.ofSeconds(10), Duration.ofSeconds(30), 2, Duration.ofSeconds(1)),
        new ProxySettings(Optional.empty(), Optional.empty()),
        Bounds.DEFAULT,
        Sleeper.REAL);
  }

  /** This configuration with another source. */
  public FetchConfig withSource(DocSource s) {
    return new FetchConfig(spec, baseDir, s, patience, proxySettings, bounds, sleeper);
  }

  /** This configuration with other timeouts and retries. */
  public FetchConfig withPatience(Duration connect, Duration read, int retries, Duration wait) {
    Patience p = new Patience(connect, read, retries, wait);
    return new FetchConfig(spec, baseDir, source, p, proxySettings, bounds, sleeper);
  }

  /** This configuration with a proxy. */
  public FetchConfig withProxy(ProxySelector selector, PasswordAuthentication credentials) {
    ProxySettings proxy =
        new ProxySettings(Optional.of(selector), Optional.ofNullable(credentials));
    return new FetchConfig(spec, baseDir, source, patience, proxy, bounds, sleeper);
  }

  /** This configuration with other bounds per page. */
  public FetchConfig withBounds(long maxPageBytes, Duration pageTimeout) {
    Bounds b = new Bounds(maxPageBytes, pageTimeout);
    return new FetchConfig(spec, baseDir, source, patience, proxySettings, b, sleeper);
  }

  /** This configuration with another way to wait. */
  public FetchConfig withSleeper(Sleeper s) {
    return new FetchConfig(spec, baseDir, source, patience, proxySettings, bounds, s);
  }

  /** How long to wait for a connection. */
  public Duration connectTimeout() {
    return patience.connectTimeout();
  }

  /** How long to wait for the answer once connected. */
  public Duration readTimeout() {
    return patience.readTimeout();
  }

  /** How many times a 5xx, a 429 or a broken connection is retried (0: never). */
  public int maxRetries() {
    return patience.maxRetries();
  }

  /** The wait before the first retry, doubled for each further one. */
  public Duration backoff() {
    return patience.backoff();
  }

  /** The proxy selector, if one was given. */
  public Optional<ProxySelector> proxy() {
    return proxySettings.selector();
  }

  /** The proxy's user and password, if it needs them. */
  public Optional<PasswordAuthentication> proxyCredentials() {
    return proxySettings.credentials();
  }

  /**
   * How patient fetch-doc is.
   *
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long to wait for the answer once connected
   * @param maxRetries how many times a 5xx, a 429 or a broken connection is retried (0: never)
   * @param backoff the wait before the first retry, doubled for each further one; a 429's {@code
   *     Retry-After} is honoured up to {@link FetchConfig#MAX_RETRY_AFTER}
   */
  public record Patience(
      Duration connectTimeout, Duration readTimeout, int maxRetries, Duration backoff) {
    public Patience {
      Objects.requireNonNull(connectTimeout, "connectTimeout == null");
      Objects.requireNonNull(readTimeout, "readTimeout == null");
      Objects.requireNonNull(backoff, "backoff == null");
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
      }
    }
  }

  /**
   * The most one page may take.
   *
   * @param maxPageBytes the longest answer read; a longer one fails the page (not retried)
   * @param pageTimeout one deadline for the whole page: every attempt, redirect and wait between
   *     attempts; a page not fetched by then fails
   */
  public record Bounds(long maxPageBytes, Duration pageTimeout) {
    /** 4 MiB (a page's answer is about 50 KiB) and 120 s (room for a 60 s Retry-After). */
    public static final Bounds DEFAULT = new Bounds(4L * 1024 * 1024, Duration.ofSeconds(120));

    public Bounds {
      Objects.requireNonNull(pageTimeout, "pageTimeout == null");
      if (maxPageBytes < 1) {
        throw new IllegalArgumentException(
            "maxPageBytes is " + maxPageBytes + "; a page may have at least 1 byte");
      }
      if (pageTimeout.isNegative() || pageTimeout.isZero()) {
        throw new IllegalArgumentException(
            "pageTimeout is " + pageTimeout.toMillis() + " ms; a page needs more than 0 ms");
      }
    }
  }

  /**
   * The proxy to fetch through.
   *
   * @param selector the proxy selector (e.g. from Maven's settings); empty: no proxy
   * @param credentials the proxy's user and password, if it needs them
   */
  public record ProxySettings(
      Optional<ProxySelector> selector, Optional<PasswordAuthentication> credentials) {
    public ProxySettings {
      Objects.requireNonNull(selector, "selector == null");
      Objects.requireNonNull(credentials, "credentials == null");
    }
  }

  /** Waits between attempts. */
  @FunctionalInterface
  public interface Sleeper {
    /** Thread.sleep. */
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
  }
}
