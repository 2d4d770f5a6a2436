package dev.offerstatus.client;

import dev.offerstatus.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The request breaks the contract, so it was not sent: lists every violation as {@code json.path:
 * message}, where the rules' message names the rejected value and, for the spec's cross-field
 * rules, the rule id; {@link #violations()} has each one's path, value and rule as data.
 */
public final class InvalidRequestException extends OfferStatusException {
  private final List<Violation> violations;

  InvalidRequestException(List<Violation> violations) {
    super(describe(violations), 0, null, null);
    this.violations = List.copyOf(violations);
  }

  /** Every broken rule, sorted by path, then rule. */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return "request not sent: "
        + violations.size()
        + (violations.size() == 1 ? " contract violation" : " contract violations")
        + violations.stream()
            .map(v -> "\n  " + (v.path().isEmpty() ? "(body)" : v.path()) + ": " + v.message())
            .collect(Collectors.joining());
  }
}
