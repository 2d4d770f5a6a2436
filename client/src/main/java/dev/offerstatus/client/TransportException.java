package dev.offerstatus.client;

/**
 * The request never reached Feishu (connection refused, DNS failure, connect timeout, TLS failure),
 * even after the client's bounded retries; sending it again is safe.
 */
public final class TransportException extends OfferStatusException {
  TransportException(String message, Throwable cause) {
    super(message, 0, null, cause);
  }
}
