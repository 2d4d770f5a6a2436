package dev.offerstatus.cli;

import dev.offerstatus.client.AuthenticationException;
import dev.offerstatus.client.FeishuApiException;
import dev.offerstatus.client.InvalidRequestException;
import dev.offerstatus.client.MissingPermissionException;
import dev.offerstatus.client.OfferStatusException;
import dev.offerstatus.client.OfferStatusResult;
import dev.offerstatus.client.QuotaExceededException;
import dev.offerstatus.client.RateLimitedException;
import dev.offerstatus.client.TransportException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of one request: {@code kind} is {@code ok}, {@code rejected}, {@code not-sent} or
 * {@code unknown}; {@code code} is Feishu's code when it answered.
 */
record Outcome(String kind, Integer code, String logId, String message) {
  static final String OK = "ok";

  /** A kind older versions recorded in journals (a guess from a wrong-state answer). */
  private static final String LEGACY_APPLIED_EARLIER = "applied-earlier";

  static final String REJECTED = "rejected";
  static final String NOT_SENT = "not-sent";
  static final String UNKNOWN = "unknown";
  static final String PENDING = "pending";

  static Outcome ok(OfferStatusResult result) {
    return new Outcome(OK, 0, result.logId(), null);
  }

  static Outcome of(OfferStatusException e) {
    String logId = e.logId().orElse(null);
    if (e instanceof FeishuApiException f) {
      return new Outcome(REJECTED, f.code(), logId, e.getMessage());
    }
    if (e instanceof InvalidRequestException) {
      return new Outcome(REJECTED, null, null, e.getMessage());
    }
    if (e instanceof TransportException || !e.requestSent()) {
      // e.g. the token endpoint answered an HTML 502: the operation's request never left
      return new Outcome(NOT_SENT, null, logId, e.getMessage());
    }
    // OutcomeUnknownException, UnexpectedResponseException: sent, answer missing or unreadable.
    return new Outcome(UNKNOWN, null, logId, e.getMessage());
  }

  /**
   * Whether the failure concerns every request, not this one (credentials, permissions, quota,
   * throttling, transport): a batch stops instead of failing row after row.
   */
  static boolean stopsBatch(OfferStatusException e) {
    if (e instanceof InvalidRequestException) {
      return false;
    }
    if (e instanceof FeishuApiException) {
      return e instanceof AuthenticationException
          || e instanceof MissingPermissionException
          || e instanceof QuotaExceededException
          || e instanceof RateLimitedException;
    }
    return true;
  }

  /** Whether the row counts as applied. */
  boolean applied() {
    return kind.equals(OK) || kind.equals(LEGACY_APPLIED_EARLIER);
  }

  /** The exit status this outcome asks for. */
  int exitCode() {
    return switch (kind) {
      case OK, LEGACY_APPLIED_EARLIER -> ExitCodes.OK;
      case REJECTED -> ExitCodes.REJECTED;
      default -> ExitCodes.TRANSPORT;
    };
  }

  /**
   * Prints a failed command's outcome, as one JSON object ({@code outcome}, the {@code context}
   * fields, then code, log id and message) with --json, else as one line on stderr; returns the
   * exit code.
   */
  int report(Console console, Map<String, Object> context, OfferStatusException e) {
    if (console.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("outcome", kind);
      doc.putAll(context);
      doc.put("code", code);
      doc.put("log_id", logId);
      doc.put("message", message);
      console.printJson(doc);
    } else {
      console.error(console.texts.get("outcome." + kind) + ": " + e.getMessage());
    }
    return exitCode();
  }
}
