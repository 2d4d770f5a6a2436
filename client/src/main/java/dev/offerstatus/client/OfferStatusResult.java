package dev.offerstatus.client;

import dev.offerstatus.sdk.model.InternOfferStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful call: the response's {@code data} and the answer's {@code X-Tt-Logid}.
 *
 * @param data the offer's status as Feishu returned it
 * @param logId the request's log id, or null when Feishu sent none
 */
public record OfferStatusResult(InternOfferStatus data, String logId) {

  /** Checks that {@code data} is present. */
  public OfferStatusResult {
    Objects.requireNonNull(data, "data == null");
  }

  /** The log id, when Feishu sent one. */
  public Optional<String> optionalLogId() {
    return Optional.ofNullable(logId);
  }
}
