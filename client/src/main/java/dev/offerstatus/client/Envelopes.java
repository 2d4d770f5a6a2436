package dev.offerstatus.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.sdk.model.ErrorResponse;
import java.nio.charset.StandardCharsets;

/** Reads Feishu's JSON envelope ({@code code}, {@code msg}, ...) or fails with a clear message. */
final class Envelopes {
  private Envelopes() {}

  /** The envelope as a tree whose {@code code} is an integer. */
  static JsonNode parse(ObjectMapper mapper, Wire.Answer answer, String what) {
    return parse(mapper, answer, what, false);
  }

  /**
   * The envelope as a tree whose {@code code} is an integer; with {@code secret}, a failure's
   * message never quotes the body (the token endpoint's answer may hold a token).
   */
  static JsonNode parse(ObjectMapper mapper, Wire.Answer answer, String what, boolean secret) {
    String text = new String(answer.body(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw unexpected(answer, what, "an empty body", null, secret);
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      if (secret) {
        // Jackson's message and the exception quote the offending text, which may be the token.
        String reason =
            looksLikeJson(text) ? "truncated or malformed JSON" : "a body that is not JSON";
        throw unexpected(answer, what, reason, null, true);
      }
      String reason =
          looksLikeJson(text)
              ? "truncated or malformed JSON (" + firstLine(e.getOriginalMessage()) + ")"
              : "a body that is not JSON";
      throw unexpected(answer, what, reason, e, false);
    }
    if (tree == null || !tree.isObject()) {
      throw unexpected(answer, what, "JSON that is not an object", null, secret);
    }
    JsonNode code = tree.get(ErrorResponse.JSON_PROPERTY_CODE);
    if (code == null || !code.isIntegralNumber() || !code.canConvertToInt()) {
      throw unexpected(
          answer,
          what,
          code == null
              ? "a JSON object without \"" + ErrorResponse.JSON_PROPERTY_CODE + "\""
              : "a JSON object whose \""
                  + ErrorResponse.JSON_PROPERTY_CODE
                  + "\" is not an integer",
          null,
          secret);
    }
    return tree;
  }

  static UnexpectedResponseException unexpected(
      Wire.Answer answer, String what, String reason, Throwable cause) {
    return unexpected(answer, what, reason, cause, false);
  }

  /** As above; with {@code secret} the body is counted but never quoted. */
  static UnexpectedResponseException unexpected(
      Wire.Answer answer, String what, String reason, Throwable cause, boolean secret) {
    String type = answer.contentType().isEmpty() ? "no Content-Type" : answer.contentType();
    return new UnexpectedResponseException(
        what
            + ": expected Feishu's JSON envelope but got "
            + reason
            + " (HTTP "
            + answer.status()
            + ", "
            + OfferStatusException.describeLogId(answer.logId())
            + ", "
            + type
            + ", "
            + answer.body().length
            + (secret
                ? " bytes; body withheld: it may hold a token"
                : " bytes: "
                    + MessageText.snippet(new String(answer.body(), StandardCharsets.UTF_8)))
            + ")",
        answer.status(),
        answer.logId(),
        cause);
  }

  private static boolean looksLikeJson(String text) {
    String trimmed = text.stripLeading();
    return trimmed.startsWith("{") || trimmed.startsWith("[");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
