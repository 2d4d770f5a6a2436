package dev.offerstatus.client;

import java.time.Duration;

/**
 * Hears what an {@link OfferStatusClient} does, for metrics and tracing (Micrometer, OpenTelemetry,
 * ...) without the client depending on either; every method has a no-op default, is called on the
 * calling thread, must return quickly and should not throw (an exception is logged and ignored).
 *
 * <p>{@code operationId} is the spec's operationId (for example {@code internOfferStatus}), never a
 * URL with an offer id in it, so it is safe as a metric tag.
 */
public interface OfferStatusListener {
  /** A listener that does nothing. */
  OfferStatusListener NONE = new OfferStatusListener() {};

  /** A request is about to be sent ({@code attempt} 1 is the first try). */
  default void requestSent(String operationId, String method, int attempt) {}

  /**
   * An answer arrived: its HTTP status, Feishu {@code code} (-1 when the body had none) and {@code
   * X-Tt-Logid} (null when absent), {@code elapsed} since the request was sent.
   */
  default void answerReceived(
      String operationId, int httpStatus, int code, String logId, Duration elapsed) {}

  /** The request will be sent again after {@code delay}, for {@code reason}. */
  default void retrying(String operationId, int attempt, String reason, Duration delay) {}

  /**
   * The client waited (client-side limiter) or is about to wait (Feishu answered 99991400) for
   * {@code wait} before sending; {@code cause} says which.
   */
  default void throttleWait(String operationId, Duration wait, ThrottleCause cause) {}

  /** A tenant token was fetched: the first for this app, or a {@code refresh} of an older one. */
  default void tokenFetched(String appId, boolean refresh, Duration lifetime) {}

  /** Why a request waited before it was sent. */
  enum ThrottleCause {
    /** The client's own limiter for the spec's {@code x-rate-limit}. */
    CLIENT_RATE_LIMIT,
    /** Feishu answered 99991400; the wait is its {@code x-ogw-ratelimit-reset} or a back-off. */
    SERVER_RATE_LIMITED
  }
}
