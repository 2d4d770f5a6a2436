package dev.offerstatus.client;

/**
 * A {@link RateLimiter} could not grant a permit (its shared store did not answer in time): the
 * call was not sent. {@link OfferStatusClient} reports it as a {@link TransportException} with this
 * as its cause; sending again is safe.
 */
public final class RateLimiterUnavailableException extends RuntimeException {
  /** An exception with a message that says what was tried and for how long. */
  public RateLimiterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
