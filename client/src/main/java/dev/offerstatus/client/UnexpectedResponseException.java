package dev.offerstatus.client;

/**
 * Feishu (or a proxy in front of it) answered something that is not the endpoint's JSON envelope:
 * an HTML error page, truncated or malformed JSON, an envelope without an integer code.
 */
public final class UnexpectedResponseException extends OfferStatusException {
  UnexpectedResponseException(String message, int httpStatus, String logId, Throwable cause) {
    super(message, httpStatus, logId, cause);
  }
}
