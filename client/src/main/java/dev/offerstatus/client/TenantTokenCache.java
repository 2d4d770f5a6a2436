package dev.offerstatus.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Caches {@code tenant_access_token}s per base URL, app id and SHA-256 of the app secret (so a
 * changed or wrong secret never reuses another secret's token); a token is fetched by one caller at
 * a time and refreshed ahead of its expiry; share one instance between clients of one app.
 */
public final class TenantTokenCache {
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private TenantTokenCache() {}

  /** An empty cache. */
  public static TenantTokenCache create() {
    return new TenantTokenCache();
  }

  /** A fetched token and when, on the client's clock, to stop using it. */
  record Token(String value, long refreshAtNanos) {
    @Override
    public String toString() {
      return "Token{value=<redacted>, refreshAtNanos=" + refreshAtNanos + "}";
    }
  }

  String get(String key, TimeSource time, Supplier<Token> fetch) {
    Entry entry = entries.computeIfAbsent(key, k -> new Entry());
    Token token = entry.token;
    if (token != null && time.nanoTime() - token.refreshAtNanos() < 0) {
      return token.value();
    }
    entry.lock.lock();
    try {
      token = entry.token;
      if (token != null && time.nanoTime() - token.refreshAtNanos() < 0) {
        return token.value(); // another caller fetched it while this one waited
      }
      token = fetch.get();
      entry.token = token;
      return token.value();
    } finally {
      entry.lock.unlock();
    }
  }

  void invalidate(String key, String value) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return;
    }
    entry.lock.lock();
    try {
      if (entry.token != null && entry.token.value().equals(value)) {
        entry.token = null;
      }
    } finally {
      entry.lock.unlock();
    }
  }

  static String key(String baseUrl, String appId, String appSecret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(appSecret.getBytes(StandardCharsets.UTF_8));
      return baseUrl + " " + appId + " " + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "TenantTokenCache{" + entries.size() + " apps}";
  }

  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    volatile Token token;
  }
}
