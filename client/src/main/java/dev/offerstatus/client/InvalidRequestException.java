package dev.offerstatus.client;

import dev.offerstatus.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The request breaks the contract, so it was not sent: lists every violation with its JSON path,
 * the rejected value and the rule.
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
            .map(
                v ->
                    "\n  "
                        + (v.path().isEmpty() ? "(body)" : v.path())
                        + ": "
                        + v.message()
                        + " (rule "
                        + v.rule()
                        + ", value "
                        + Texts.quote(v.value())
                        + ")")
            .collect(Collectors.joining());
  }
}
