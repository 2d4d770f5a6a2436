package dev.offerstatus.checks;

import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;

/** The spec's contract rules as lint and validate-payloads both use them. */
public final class SpecRules {
  private SpecRules() {}

  /** The rules of the spec; a spec whose rules cannot be read is a {@link CheckInputException}. */
  public static OfferStatusRules of(SpecDocument spec) {
    try {
      return OfferStatusRules.fromSpec(spec.text());
    } catch (RuntimeException e) {
      throw new CheckInputException(
          spec.name() + ": the contract rules cannot be read from the spec: " + e.getMessage(), e);
    }
  }

  /** The violation's message, naming its rule unless the message already does. */
  public static String message(Violation v) {
    return v.message().contains(v.rule()) ? v.message() : v.message() + " (rule " + v.rule() + ")";
  }
}
