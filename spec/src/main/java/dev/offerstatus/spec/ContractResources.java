package dev.offerstatus.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Names and loads the contract files that this jar ships on the classpath. */
public final class ContractResources {
  /** Classpath location of the hand-written OpenAPI 3.0.3 spec. */
  public static final String OPENAPI = "META-INF/offer-status-kit/openapi.yaml";

  /** Classpath location of the verbatim upstream doc snapshot the spec is checked against. */
  public static final String UPSTREAM_DOC =
      "META-INF/offer-status-kit/upstream/intern_offer_status.md";

  private ContractResources() {}

  /** Returns the URL of a resource of this jar, failing with its name when it is missing. */
  public static URL url(String resource) {
    URL url = ContractResources.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          "Classpath resource " + resource + " is missing: is offer-status-spec on the classpath?");
    }
    return url;
  }

  /** Reads a resource of this jar as UTF-8 text. */
  public static String read(String resource) {
    try (InputStream in = url(resource).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
    }
  }
}
