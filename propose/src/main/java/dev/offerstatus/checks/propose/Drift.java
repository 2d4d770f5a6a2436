package dev.offerstatus.checks.propose;

import java.util.Objects;

/**
 * One difference check-doc found between a doc page and the spec, read into its parts.
 *
 * @param kind what changed
 * @param page how reports call the page file
 * @param line the page line check-doc names
 * @param pointer the spec's JSON pointer check-doc names
 * @param subject what it is about: a field path, an error code, a rate window, a path ...
 * @param oldValue the spec's value, or null
 * @param newValue the doc's value, or null
 * @param message check-doc's own line
 */
public record Drift(
    Kind kind,
    String page,
    int line,
    String pointer,
    String subject,
    String oldValue,
    String newValue,
    String message) {
  public Drift {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(page, "page == null");
    Objects.requireNonNull(pointer, "pointer == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** What changed; {@link #JUDGEMENT} is everything a person must decide. */
  public enum Kind {
    ENUM_VALUE_ADDED,
    ENUM_VALUE_REMOVED,
    FIELD_ADDED,
    FIELD_REMOVED,
    REQUIRED_CHANGED,
    RATE_LIMIT_CHANGED,
    RATE_LIMIT_ADDED,
    RATE_LIMIT_REMOVED,
    ERROR_CODE_ADDED,
    ERROR_CODE_REMOVED,
    ERROR_CODE_STATUS_CHANGED,
    PATH_CHANGED,
    FIELD_EXAMPLE_CHANGED,
    PARAMETER_EXAMPLE_CHANGED,
    BODY_EXAMPLE_CHANGED,
    LAST_REMOTE_UPDATE_CHANGED,
    JUDGEMENT
  }

  /** The report line, as check-doc wrote it. */
  @Override
  public String toString() {
    return page + ":" + line + ": " + pointer + ": " + message;
  }
}
