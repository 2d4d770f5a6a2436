package dev.offerstatus.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/** The checks of {@link OfferStatusClient.Builder}'s arguments, with the messages it throws. */
final class BuilderArguments {
  private BuilderArguments() {}

  /** A base URL ending with '/', https unless the host is a loopback address. */
  static HttpUrl baseUrl(String url) {
    Objects.requireNonNull(url, "url == null");
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "baseUrl \"" + MessageText.escape(url) + "\" is not an http or https URL");
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
    return parsed;
  }

  static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  static Duration requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
    return d;
  }

  static int requireNotNegative(int n, String name) {
    if (n < 0) {
      throw new IllegalArgumentException(name + " must not be negative, got " + n);
    }
    return n;
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
}
