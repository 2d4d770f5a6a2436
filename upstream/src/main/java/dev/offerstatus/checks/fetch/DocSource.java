package dev.offerstatus.checks.fetch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Where a page's content is fetched from: the doc site's base URL, its document-detail endpoint and
 * the mapping from a page's {@code source_url} to the {@code fullPath} the endpoint takes.
 *
 * <p>The default is Feishu's own site: {@code GET
 * https://open.feishu.cn/api/tools/document/detail?fullPath=<fullPath>}, where {@code fullPath} is
 * the part of {@code source_url} after {@code /document} (for {@code
 * https://open.feishu.cn/document/server-docs/hire-v1/.../intern_offer_status} it is {@code
 * /server-docs/hire-v1/.../intern_offer_status}). Explicit {@code paths} entries (source URL to
 * fullPath) win over that rule, for pages whose fullPath is not their URL's path.
 *
 * @param baseUrl the doc site, e.g. {@code https://open.feishu.cn}; a loopback server in tests
 * @param endpoint the endpoint relative to {@code baseUrl} with a {@code {fullPath}} placeholder
 * @param paths explicit {@code source_url -> fullPath} entries
 */
public record DocSource(URI baseUrl, String endpoint, Map<String, String> paths) {
  /** Feishu's doc site. */
  public static final String DEFAULT_BASE_URL = "https://open.feishu.cn";

  /** Feishu's document-detail endpoint, as public doc scrapers use it. */
  public static final String DEFAULT_ENDPOINT = "/api/tools/document/detail?fullPath={fullPath}";

  private static final String DOCUMENT = "/document";

  public DocSource {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(endpoint, "endpoint == null");
    paths = Map.copyOf(Objects.requireNonNull(paths, "paths == null"));
    if (!endpoint.contains("{fullPath}")) {
      throw new IllegalArgumentException(
          "doc endpoint " + endpoint + " has no {fullPath} placeholder");
    }
  }

  /** Feishu's site with the default endpoint and no explicit paths. */
  public static DocSource feishu() {
    return new DocSource(URI.create(DEFAULT_BASE_URL), DEFAULT_ENDPOINT, Map.of());
  }

  /** The same endpoint and paths on another site (a loopback server, a mirror). */
  public DocSource withBaseUrl(URI url) {
    return new DocSource(url, endpoint, paths);
  }

  /** The page's {@code fullPath}: an explicit entry, else the source URL's path after /document. */
  public String fullPath(String sourceUrl) {
    String explicit = paths.get(sourceUrl);
    if (explicit != null) {
      return explicit;
    }
    String path = URI.create(sourceUrl).getRawPath();
    if (path == null || path.isEmpty()) {
      throw new IllegalArgumentException("source_url " + sourceUrl + " has no path");
    }
    return path.startsWith(DOCUMENT + "/") ? path.substring(DOCUMENT.length()) : path;
  }

  /** The URL that answers the page's content. */
  public URI detailUrl(String sourceUrl) {
    String base = baseUrl.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String query =
        endpoint.replace(
            "{fullPath}", URLEncoder.encode(fullPath(sourceUrl), StandardCharsets.UTF_8));
    return URI.create(base + (query.startsWith("/") ? "" : "/") + query);
  }
}
