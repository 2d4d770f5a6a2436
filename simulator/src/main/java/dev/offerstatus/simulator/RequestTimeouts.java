package dev.offerstatus.simulator;

/**
 * Read and response timeouts of the JDK HTTP server, so that stalled clients (a partial request
 * line, headers or body, or a client that stops reading) cannot hold the worker threads. The JDK
 * server reads these JVM-wide properties once, when its first server starts: the simulator sets
 * them only when they are unset, and a standalone simulator sets them from its options.
 */
final class RequestTimeouts {
  /** Seconds a request may take from its first byte to its last body byte. */
  static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

  /** Seconds an answer may take from the end of the request to its last byte. */
  static final String MAX_RESPONSE_TIME = "sun.net.httpserver.maxRspTime";

  /** The default of both, in seconds: far above any request of a test on loopback. */
  static final int DEFAULT_SECONDS = 10;

  private RequestTimeouts() {}

  /** The request timeout this JVM's JDK servers apply, in seconds. */
  static long requestSeconds() {
    return Long.getLong(MAX_REQUEST_TIME, DEFAULT_SECONDS);
  }

  static void applyDefaults() {
    set(DEFAULT_SECONDS, false);
  }

  /**
   * Sets both timeouts; effective only before the JVM's first JDK HTTP server starts (a standalone
   * simulator calls this first).
   */
  static void set(int seconds, boolean override) {
    if (override || System.getProperty(MAX_REQUEST_TIME) == null) {
      System.setProperty(MAX_REQUEST_TIME, String.valueOf(seconds));
    }
    if (override || System.getProperty(MAX_RESPONSE_TIME) == null) {
      System.setProperty(MAX_RESPONSE_TIME, String.valueOf(seconds));
    }
  }
}
