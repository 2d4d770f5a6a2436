package dev.offerstatus.client;

import java.util.Optional;

/**
 * Every failure of an {@link OfferStatusClient} call: catch this for all of them, or one of its
 * subtypes for one kind.
 */
public abstract sealed class OfferStatusException extends RuntimeException
    permits InvalidRequestException,
        FeishuApiException,
        TransportException,
        OutcomeUnknownException,
        UnexpectedResponseException {

  private final int httpStatus;
  private final String logId;

  OfferStatusException(String message, int httpStatus, String logId, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.logId = logId;
  }

  /** The HTTP status of the answer, or 0 when no answer arrived. */
  public final int httpStatus() {
    return httpStatus;
  }

  /** The answer's {@code X-Tt-Logid} (Feishu support asks for it), when there was one. */
  public final Optional<String> logId() {
    return Optional.ofNullable(logId);
  }

  static String describeLogId(String logId) {
    return logId == null ? "no log id" : "log id " + logId;
  }
}
