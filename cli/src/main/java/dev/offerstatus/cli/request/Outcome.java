package dev.offerstatus.cli.request;

import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.client.AuthenticationException;
import dev.offerstatus.client.FeishuApiException;
import dev.offerstatus.client.InvalidRequestException;
import dev.offerstatus.client.MissingPermissionException;
import dev.offerstatus.client.OfferStatusException;
import dev.offerstatus.client.OtherFeishuErrorException;
import dev.offerstatus.client.QuotaExceededException;
import dev.offerstatus.client.RateLimitedException;
import dev.offerstatus.client.SystemErrorException;
import dev.offerstatus.client.TransportException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What became of one request: its {@link Kind}; {@code code} is Feishu's code when it answered. */
public record Outcome(Kind kind, Integer code, String logId, String message) {
  /** What became of a request, by the word journals, results and JSON output use for it. */
  public enum Kind {
    OK("ok"),
    REJECTED("rejected"),
    UNKNOWN("unknown"),
    NOT_SENT("not-sent"),
    /** Not tried: the batch stopped or was interrupted before the row's turn. */
    PENDING("pending"),
    /** A kind older versions recorded in journals (a guess from a wrong-state answer). */
    LEGACY_APPLIED_EARLIER("applied-earlier");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** The word written to journals, results files and JSON output. */
    public String word() {
      return word;
    }

    /** The kind a journal names, or null for a word no version wrote. */
    public static Kind ofWord(String word) {
      for (Kind kind : values()) {
        if (kind.word.equals(word)) {
          return kind;
        }
      }
      return null;
    }
  }

  public static final Kind OK = Kind.OK;
  public static final Kind REJECTED = Kind.REJECTED;
  public static final Kind NOT_SENT = Kind.NOT_SENT;
  public static final Kind UNKNOWN = Kind.UNKNOWN;
  public static final Kind PENDING = Kind.PENDING;

  public static Outcome ok(String logId) {
    return new Outcome(OK, 0, logId, null);
  }

  /** A row not tried this run: in doubt from an earlier run (unknown), else pending. */
  public static Outcome untried(boolean inDoubt, CliMessages t) {
    return inDoubt
        ? new Outcome(UNKNOWN, null, null, t.get("batch.inDoubt"))
        : new Outcome(PENDING, null, null, null);
  }

  /**
   * The outcome of a failed call, by what the failure says about the request: Feishu's error code
   * by the kind the spec declares for it, not by whether an envelope came back.
   */
  public static Outcome of(OfferStatusException e) {
    String logId = e.logId().orElse(null);
    if (e instanceof FeishuApiException f) {
      return new Outcome(
          leavesOutcomeUnknown(f) ? UNKNOWN : REJECTED, f.code(), logId, e.getMessage());
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
   * Whether Feishu's answer leaves open whether the request took effect: a system error (its code's
   * kind is {@code system}: Feishu failed while handling it), or a code the spec does not declare
   * at all (nothing says what it means). An endpoint error of any declared kind refused the request
   * for a reason of its own (a bad parameter, the offer's state).
   */
  static boolean leavesOutcomeUnknown(FeishuApiException e) {
    return e instanceof SystemErrorException
        || (e instanceof OtherFeishuErrorException && e.kind().isEmpty());
  }

  /**
   * Whether the failure concerns every request, not this one (credentials, permissions, quota,
   * throttling, transport, an answer that leaves the outcome unknown): a batch stops instead of
   * failing row after row, and a row whose outcome is unknown stays in doubt for the next run to
   * read back.
   */
  public static boolean stopsBatch(OfferStatusException e) {
    if (e instanceof InvalidRequestException) {
      return false;
    }
    if (e instanceof FeishuApiException f) {
      return leavesOutcomeUnknown(f)
          || e instanceof AuthenticationException
          || e instanceof MissingPermissionException
          || e instanceof QuotaExceededException
          || e instanceof RateLimitedException;
    }
    return true;
  }

  /** Whether the row counts as applied. */
  public boolean applied() {
    return kind == Kind.OK || kind == Kind.LEGACY_APPLIED_EARLIER;
  }

  /** The exit status this outcome asks for. */
  public int exitCode() {
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
  public int report(Console console, Map<String, Object> context, OfferStatusException e) {
    if (console.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("outcome", kind.word());
      doc.putAll(context);
      doc.put("code", code);
      doc.put("log_id", logId);
      doc.put("message", message);
      console.printJson(doc);
    } else {
      console.error(console.messages.get("outcome." + kind.word()) + ": " + e.getMessage());
    }
    return exitCode();
  }
}
