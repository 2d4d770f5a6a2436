package dev.offerstatus.client;

/**
 * The request was sent but no complete answer arrived (read timeout, connection reset, a body cut
 * short): Feishu may or may not have changed the offer, so the client did not retry.
 */
public final class OutcomeUnknownException extends OfferStatusException {
  OutcomeUnknownException(String message, int httpStatus, String logId, Throwable cause) {
    super(message, httpStatus, logId, cause);
  }
}
