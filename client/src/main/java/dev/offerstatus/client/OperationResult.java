package dev.offerstatus.client;

import java.util.Optional;

/**
 * The answer of a successful call of any operation ({@link OfferStatusClient#call}): Feishu's
 * envelope ({@code code} 0) read as the operation's generated answer type.
 *
 * @param <R> the generated model of the operation's success answer ({@code code}, {@code msg},
 *     {@code data}), or {@link com.fasterxml.jackson.databind.JsonNode} for an untyped call
 * @param answer the answer; null when the operation's answer type is {@link Void}
 * @param httpStatus its HTTP status
 * @param logId its log id ({@code X-Tt-Logid}, the header the spec names), or null when it had none
 */
public record OperationResult<R>(R answer, int httpStatus, String logId) {
  /** The log id, when the answer had one (Feishu support asks for it). */
  public Optional<String> optionalLogId() {
    return Optional.ofNullable(logId);
  }
}
