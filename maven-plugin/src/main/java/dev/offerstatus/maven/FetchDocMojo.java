package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.fetch.DocFetcher;
import dev.offerstatus.checks.fetch.DocSource;
import dev.offerstatus.checks.fetch.FetchConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;

/**
 * Downloads each doc page the spec names (the {@code source_url} of every {@code x-upstream-doc})
 * from the doc site's document-detail endpoint and writes it as the snapshot check-doc reads. A
 * page that did not change leaves its snapshot untouched; a failure changes no snapshot. Uses the
 * active proxy of Maven's settings for the base URL's scheme.
 */
@Mojo(name = "fetch-doc", threadSafe = true)
public final class FetchDocMojo extends AbstractCheckMojo {
  /** The doc site; point it at a mirror or a loopback server for tests. */
  @Parameter(property = "offerStatus.docBaseUrl", defaultValue = DocSource.DEFAULT_BASE_URL)
  String docBaseUrl;

  /**
   * The document-detail endpoint relative to the base URL, with a {@code {fullPath}} placeholder.
   */
  @Parameter(property = "offerStatus.docEndpoint", defaultValue = DocSource.DEFAULT_ENDPOINT)
  String docEndpoint;

  /**
   * Explicit page paths: {@code source_url -> fullPath}, for pages whose fullPath is not the part
   * of their URL after {@code /document}.
   */
  @Parameter Map<String, String> docPaths;

  /** Milliseconds to wait for a connection. */
  @Parameter(property = "offerStatus.fetch.connectTimeout", defaultValue = "10000")
  int connectTimeout;

  /** Milliseconds to wait for an answer once connected. */
  @Parameter(property = "offerStatus.fetch.readTimeout", defaultValue = "30000")
  int readTimeout;

  /** The longest answer a page may have, in bytes (default 4 MiB); a longer one fails the goal. */
  @Parameter(property = "offerStatus.fetch.maxPageBytes")
  Long maxPageBytes;

  /**
   * Milliseconds one page may take in all: every attempt, redirect and wait (default 120 s); a page
   * not fetched by then fails the goal.
   */
  @Parameter(property = "offerStatus.fetch.pageTimeout")
  Integer pageTimeout;

  /** How often a 5xx, a 429 or a broken connection is retried (1 s, 2 s, 4 s ... apart). */
  @Parameter(property = "offerStatus.fetch.retries", defaultValue = "2")
  int retries;

  /** Skip this goal. */
  @Parameter(property = "offerStatus.fetchDoc.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Override
  String checkName() {
    return DocFetcher.NAME;
  }

  @Override
  boolean skipped() {
    return skip;
  }

  @Override
  CheckReport check() throws MojoFailureException {
    URI base;
    try {
      base = URI.create(docBaseUrl);
      if (base.getScheme() == null || base.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "fetch-doc: offerStatus.docBaseUrl \""
              + docBaseUrl
              + "\" is not a URL: "
              + e.getMessage(),
          e);
    }
    DocSource source;
    try {
      source = new DocSource(base, docEndpoint, docPaths == null ? Map.of() : docPaths);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("fetch-doc: " + e.getMessage(), e);
    }
    FetchConfig config =
        FetchConfig.defaults(spec.toPath(), base())
            .withSource(source)
            .withPatience(
                Duration.ofMillis(connectTimeout),
                Duration.ofMillis(readTimeout),
                retries,
                Duration.ofSeconds(1));
    FetchConfig.Bounds bounds = config.bounds();
    try {
      config =
          config.withBounds(
              maxPageBytes == null ? bounds.maxPageBytes() : maxPageBytes,
              pageTimeout == null ? bounds.pageTimeout() : Duration.ofMillis(pageTimeout));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("fetch-doc: " + e.getMessage(), e);
    }
    config = withProxy(config, base.getScheme());
    List<DocFetcher.PageResult> results = DocFetcher.run(config);
    int changed = 0;
    for (DocFetcher.PageResult r : results) {
      String outcome = r.outcome().name().toLowerCase(Locale.ROOT);
      getLog()
          .info(
              "fetch-doc: "
                  + r.snapshot()
                  + " "
                  + outcome
                  + " (last_remote_update "
                  + (r.lastRemoteUpdate() == null ? "unknown" : r.lastRemoteUpdate())
                  + ", "
                  + r.page().sourceUrl()
                  + ")");
      if (r.outcome() != DocFetcher.Outcome.UNCHANGED) {
        changed++;
      }
    }
    return new CheckReport(
        DocFetcher.NAME,
        results.size()
            + (results.size() == 1 ? " page" : " pages")
            + " fetched, "
            + changed
            + " snapshot"
            + (changed == 1 ? "" : "s")
            + " written",
        List.of());
  }

  private FetchConfig withProxy(FetchConfig config, String scheme) {
    if (settings == null) {
      return config;
    }
    for (org.apache.maven.settings.Proxy p : settings.getProxies()) {
      if (p.isActive() && scheme.equalsIgnoreCase(p.getProtocol())) {
        getLog()
            .debug("fetch-doc: proxy " + p.getHost() + ":" + p.getPort() + " (" + p.getId() + ")");
        PasswordAuthentication credentials =
            p.getUsername() == null
                ? null
                : new PasswordAuthentication(
                    p.getUsername(),
                    (p.getPassword() == null ? "" : p.getPassword()).toCharArray());
        return config.withProxy(
            new SettingsProxy(
                new InetSocketAddress(p.getHost(), p.getPort()), p.getNonProxyHosts()),
            credentials);
      }
    }
    return config;
  }

  /** Maven's proxy with its {@code nonProxyHosts} ({@code a.example|*.b.example}). */
  static final class SettingsProxy extends ProxySelector {
    private final Proxy proxy;
    private final List<String> bypass;

    SettingsProxy(InetSocketAddress address, String nonProxyHosts) {
      this.proxy = new Proxy(Proxy.Type.HTTP, address);
      this.bypass =
          nonProxyHosts == null || nonProxyHosts.isBlank()
              ? List.of()
              : List.of(nonProxyHosts.toLowerCase(Locale.ROOT).split("\\s*[|,]\\s*"));
    }

    @Override
    public List<Proxy> select(URI uri) {
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      for (String pattern : bypass) {
        String regex = java.util.regex.Pattern.quote(pattern).replace("*", "\\E.*\\Q");
        if (host.matches(regex)) {
          return List.of(Proxy.NO_PROXY);
        }
      }
      return List.of(proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
      // nothing to remember: the fetch reports the failure
    }
  }
}
