package dev.offerstatus.rules;

import java.util.Objects;

/**
 * One broken rule of the contract.
 *
 * <p>{@code path} uses JSON names ({@code "onboarding_info.actual_onboarding_date"}, {@code
 * "offer_id"}, {@code "operation"}, {@code ""} for the whole body); {@code value} is the rejected
 * value as found (a {@code String}, {@code Number} or {@code Boolean}, the compact JSON text of an
 * object or array, or {@code null} when absent); {@code rule} is the id of an {@code
 * x-contract-rules} entry or a built-in id ({@code required}, {@code enum}, {@code type}, {@code
 * date-format}, {@code path-segment}, {@code json}); {@code message} is human-readable in the
 * requested locale.
 */
public record Violation(String path, Object value, String rule, String message) {
  /** Checks that path, rule and message are present. */
  public Violation {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** Returns {@code "path: message"}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
