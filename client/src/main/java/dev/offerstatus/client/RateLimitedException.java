package dev.offerstatus.client;

import dev.offerstatus.spec.RateLimitHeaders;
import java.util.OptionalInt;

/**
 * Feishu answered 99991400 (request trigger frequency limit) more often than the client's bounded
 * retries allow, or with a reset longer than any rate window of the spec.
 */
public final class RateLimitedException extends FeishuApiException {
  private final Integer limit;
  private final Integer resetSeconds;

  RateLimitedException(
      ErrorAnswer answer,
      RateLimitHeaders headers,
      Integer limit,
      Integer resetSeconds,
      int attempts) {
    this(answer, headers, limit, resetSeconds, "gave up after " + attempts + " attempts");
  }

  /**
   * @param headers the names of the answer's limit and reset headers, as the spec declares them
   */
  RateLimitedException(
      ErrorAnswer answer,
      RateLimitHeaders headers,
      Integer limit,
      Integer resetSeconds,
      String outcome) {
    super(
        answer,
        "throttled ("
            + headers.limit()
            + " "
            + (limit == null ? "absent" : limit)
            + ", "
            + headers.reset()
            + " "
            + (resetSeconds == null ? "absent" : resetSeconds + " s")
            + "); "
            + outcome);
    this.limit = limit;
    this.resetSeconds = resetSeconds;
  }

  /** The {@code x-ogw-ratelimit-limit} header of the last answer, when present. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** The {@code x-ogw-ratelimit-reset} header (seconds) of the last answer, when present. */
  public OptionalInt resetSeconds() {
    return resetSeconds == null ? OptionalInt.empty() : OptionalInt.of(resetSeconds);
  }
}
