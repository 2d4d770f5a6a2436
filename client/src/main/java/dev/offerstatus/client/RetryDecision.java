package dev.offerstatus.client;

import dev.offerstatus.client.FeishuApiException.ErrorAnswer;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.RateLimitHeaders;
import java.time.Duration;

/**
 * After an attempt of one call that did not end in success, decides whether the request goes out
 * again (after what pause, with a new token or not) or the call fails, and with which exception;
 * the sending loop only carries the decision out, as OkHttp's {@code RetryAndFollowUpInterceptor}
 * keeps {@code recover()} and {@code followUpRequest()} apart from its loop. One per call: it
 * counts that call's failures. Not thread-safe.
 */
final class RetryDecision {
  /**
   * The longest window of the spec's {@code x-rate-limit} (its {@code per-minute} limit): an {@code
   * x-ogw-ratelimit-reset} beyond it is refused rather than waited for.
   */
  static final Duration LONGEST_RATE_WINDOW = Duration.ofMinutes(1);

  /** The names of the rate-limited answer's headers, as the spec's responses declare them. */
  private static final RateLimitHeaders HEADERS =
      ContractModel.fromClasspath().requireRateLimitHeaders();

  /**
   * Send again.
   *
   * @param pause how long to wait before it (none when {@code newToken})
   * @param reason what the listener's {@code retrying} is told; null: it is not told
   * @param throttled the pause waits out the server's rate limit (the listener hears a throttle
   *     wait)
   * @param newToken drop the token that was refused and fetch another, without a pause
   */
  record Retry(Duration pause, String reason, boolean throttled, boolean newToken) {}

  private final String what;
  private final String offerId;
  private final FeishuErrors errors;
  private final boolean canRefreshToken;
  private final int maxConnectRetries;
  private final int maxRateLimitRetries;
  private int connectFailures;
  private int throttled;
  private boolean replayed;

  /**
   * @param offerId the offer a write concerns, named in the outcome-unknown advice; null for a
   *     read, which is read again like a request never sent when its answer is lost
   */
  RetryDecision(
      String what,
      String offerId,
      FeishuErrors errors,
      boolean canRefreshToken,
      int maxConnectRetries,
      int maxRateLimitRetries) {
    this.what = what;
    this.offerId = offerId;
    this.errors = errors;
    this.canRefreshToken = canRefreshToken;
    this.maxConnectRetries = maxConnectRetries;
    this.maxRateLimitRetries = maxRateLimitRetries;
  }

  /** The request never left: sent again after a back-off, at most {@code maxConnectRetries}. */
  Retry recover(Wire.NotSentException e) {
    return backOff(
        e.getCause(), "was not sent", "sending it again", "not sent: " + describe(e.getCause()));
  }

  /**
   * Sent, but no complete answer: a read is read again like a request never sent (reading changes
   * nothing); a write's outcome is unknown, so it is never sent again.
   */
  Retry recover(Wire.NoAnswerException e) {
    if (offerId == null) {
      return backOff(e.getCause(), "got no complete answer", "reading again", null);
    }
    throw new OutcomeUnknownException(
        what
            + " was sent but no complete answer arrived ("
            + describe(e.getCause())
            + "): the outcome is unknown, so it was not retried; read the offer with"
            + " OfferStatusClient.getOffer(\""
            + MessageText.escape(offerId)
            + "\") (CLI: offer-status show "
            + offerId
            + ") to see whether its offer_status changed before sending it again",
        e.status,
        e.logId,
        e.getCause());
  }

  /**
   * An error envelope: throttling (99991400) is waited out as the answer's headers say, an invalid
   * token (99991663) is replaced once; anything else fails with the exception its kind maps to.
   */
  Retry followUp(ErrorAnswer error, Wire.Answer answer) {
    if (errors.isRateLimited(error.code())) {
      Integer limit = intHeader(answer, HEADERS.limit());
      Integer reset = intHeader(answer, HEADERS.reset());
      throttled++;
      if (throttled > maxRateLimitRetries) {
        throw errors.rateLimited(error, limit, reset, throttled);
      }
      if (reset != null && Duration.ofSeconds(reset).compareTo(LONGEST_RATE_WINDOW) > 0) {
        // No window of x-rate-limit lasts that long: not a rate window, so do not hang on it.
        throw new RateLimitedException(
            error,
            limit,
            reset,
            "not waited for: the reset is longer than the longest rate window of the spec's"
                + " x-rate-limit ("
                + LONGEST_RATE_WINDOW.toSeconds()
                + " s)");
      }
      Duration wait =
          reset != null && reset >= 0
              ? Duration.ofSeconds(reset)
              : backoff(throttled, Duration.ofSeconds(1));
      return new Retry(wait, "rate limited (99991400)", true, false);
    }
    if (errors.isTokenInvalid(error.code()) && !replayed && canRefreshToken) {
      replayed = true;
      return new Retry(Duration.ZERO, "token invalid (99991663): fetched a new one", false, true);
    }
    throw errors.map(error, replayed);
  }

  /** Again after 200 ms, 400 ms, ... or, past {@code maxConnectRetries}, the failure. */
  private Retry backOff(Throwable cause, String happened, String safeAgain, String reason) {
    connectFailures++;
    if (connectFailures > maxConnectRetries) {
      throw new TransportException(
          what
              + " "
              + happened
              + ": "
              + describe(cause)
              + " (gave up after "
              + connectFailures
              + " attempts; "
              + safeAgain
              + " is safe)",
          cause);
    }
    return new Retry(backoff(connectFailures, Duration.ofMillis(200)), reason, false, false);
  }

  private static String describe(Throwable cause) {
    return MessageText.describe(cause);
  }

  /** base, 2 base, 4 base, ... capped at one minute. */
  private static Duration backoff(int attempt, Duration base) {
    Duration d = base.multipliedBy(1L << Math.min(attempt - 1, 16));
    return d.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : d;
  }

  private static Integer intHeader(Wire.Answer answer, String name) {
    String value = answer.headers().get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
