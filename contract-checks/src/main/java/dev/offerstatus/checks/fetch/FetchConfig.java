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
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer once connected
 * @param maxRetries how many times a 5xx, a 429 or a broken connection is retried (0: never)
 * @param backoff the wait before the first retry, doubled for each further one; a 429's {@code
 *     Retry-After} is honoured up to {@link #MAX_RETRY_AFTER}
 * @param proxy the proxy selector (e.g. from Maven's settings), or {@link ProxySelector} that
 *     answers no proxy
 * @param proxyCredentials the proxy's user and password, if it needs them
 * @param sleeper how to wait between attempts (tests pass one that records the waits)
 */
public record FetchConfig(
    Path spec,
    Path baseDir,
    DocSource source,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRetries,
    Duration backoff,
    Optional<ProxySelector> proxy,
    Optional<PasswordAuthentication> proxyCredentials,
    Sleeper sleeper) {
  /** The longest {@code Retry-After} fetch-doc waits; a longer one fails the page at once. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  public FetchConfig {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(baseDir, "baseDir == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(connectTimeout, "connectTimeout == null");
    Objects.requireNonNull(readTimeout, "readTimeout == null");
    Objects.requireNonNull(backoff, "backoff == null");
    Objects.requireNonNull(proxy, "proxy == null");
    Objects.requireNonNull(proxyCredentials, "proxyCredentials == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
    }
  }

  /** Defaults: Feishu's site, 10 s to connect, 30 s to read, 2 retries from 1 s, no proxy. */
  public static FetchConfig defaults(Path spec, Path baseDir) {
    return new FetchConfig(
        spec,
        baseDir,
        DocSource.feishu(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        2,
        Duration.ofSeconds(1),
        Optional.empty(),
        Optional.empty(),
        Sleeper.REAL);
  }

  /** This configuration with another source. */
  public FetchConfig withSource(DocSource s) {
    return new FetchConfig(
        spec,
        baseDir,
        s,
        connectTimeout,
        readTimeout,
        maxRetries,
        backoff,
        proxy,
        proxyCredentials,
        sleeper);
  }

  /** This configuration with other timeouts and retries. */
  public FetchConfig withPatience(Duration connect, Duration read, int retries, Duration wait) {
    return new FetchConfig(
        spec, baseDir, source, connect, read, retries, wait, proxy, proxyCredentials, sleeper);
  }

  /** This configuration with a proxy. */
  public FetchConfig withProxy(ProxySelector selector, PasswordAuthentication credentials) {
    return new FetchConfig(
        spec,
        baseDir,
        source,
        connectTimeout,
        readTimeout,
        maxRetries,
        backoff,
        Optional.of(selector),
        Optional.ofNullable(credentials),
        sleeper);
  }

  /** This configuration with another way to wait. */
  public FetchConfig withSleeper(Sleeper s) {
    return new FetchConfig(
        spec,
        baseDir,
        source,
        connectTimeout,
        readTimeout,
        maxRetries,
        backoff,
        proxy,
        proxyCredentials,
        s);
  }

  /** Waits between attempts. */
  @FunctionalInterface
  public interface Sleeper {
    /** Thread.sleep. */
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
  }
}
