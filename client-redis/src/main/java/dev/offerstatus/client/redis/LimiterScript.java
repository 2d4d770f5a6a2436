package dev.offerstatus.client.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/** The Lua script of one permit, run by its SHA-1 ({@code EVALSHA}), sent whole on NOSCRIPT. */
final class LimiterScript {
  static final LimiterScript INSTANCE = new LimiterScript(load("sliding-window-log.lua"));

  private final String source;
  private final String sha1;

  private LimiterScript(String source) {
    this.source = source;
    this.sha1 = sha1(source);
  }

  String sha1() {
    return sha1;
  }

  /**
   * Opens a connection and loads the script ahead of the first permit, so that its answer is not
   * slowed by either (a late answer costs a start); a failure is left for {@code acquire} to meet.
   */
  void warm(UnifiedJedis jedis, String sampleKey) {
    try {
      jedis.scriptLoad(source, sampleKey);
    } catch (JedisException e) {
      // Redis is not there yet: acquire() retries and fails closed
    }
  }

  /** One round trip; two when the server does not know the script (first use, restart, flush). */
  Reply run(UnifiedJedis jedis, List<String> keys, List<String> args) {
    Object answer;
    try {
      answer = jedis.evalsha(sha1, keys, args);
    } catch (JedisDataException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("NOSCRIPT")) {
        throw e;
      }
      answer = jedis.eval(source, keys, args); // EVAL caches it for the next EVALSHA
    }
    List<?> values = (List<?>) answer;
    return new Reply(
        (Long) values.get(0) == 1L,
        (Long) values.get(1),
        (Long) values.get(2),
        (Long) values.get(3) == 1L,
        (Long) values.get(4));
  }

  /**
   * The script's answer: {@code granted} with the wait until {@code start}, or refused with the
   * wait until asking again; times in microseconds of the server's clock, {@code nowMicros} when
   * the script ran.
   */
  record Reply(boolean granted, long waitMicros, long startMicros, boolean lost, long nowMicros) {}

  private static String load(String name) {
    try (InputStream in = LimiterScript.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }
}
