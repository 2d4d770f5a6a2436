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
  private volatile boolean requestSent;

  OfferStatusException(String message, int httpStatus, String logId, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.logId = logId;
    this.requestSent =
        !(this instanceof TransportException) && !(this instanceof InvalidRequestException);
  }

  /**
   * Whether the operation's request may have reached Feishu. False when the call failed before it
   * left: invalid request, transport failure, a failed token fetch, an interrupted rate-limit wait.
   * Only a request that was sent can have changed the offer.
   */
  public final boolean requestSent() {
    return requestSent;
  }

  /** Marks the failure as one that happened before the operation's request left. */
  final OfferStatusException beforeSending() {
    this.requestSent = false;
    return this;
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
