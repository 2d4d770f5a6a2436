package dev.offerstatus.checks;

import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;

/** The spec's contract rules as lint and validate-payloads both use them. */
public final class SpecRules {
  private SpecRules() {}

  /** The rules of the spec; a spec whose rules cannot be read is a {@link CheckInputException}. */
  public static OfferStatusRules of(SpecDocument spec) {
    return of(spec, model(spec));
  }

  /** The rules of the spec's model; rules that cannot be read are a {@link CheckInputException}. */
  public static OfferStatusRules of(SpecDocument spec, ContractModel model) {
    try {
      return OfferStatusRules.of(model);
    } catch (RuntimeException e) {
      throw unreadable(spec, e);
    }
  }

  /** The spec's contract model; one that cannot be read is a {@link CheckInputException}. */
  public static ContractModel model(SpecDocument spec) {
    try {
      return ContractModel.parse(spec.text());
    } catch (RuntimeException e) {
      throw unreadable(spec, e);
    }
  }

  private static CheckInputException unreadable(SpecDocument spec, RuntimeException e) {
    return new CheckInputException(
        spec.name() + ": the contract rules cannot be read from the spec: " + e.getMessage(), e);
  }

  /** The violation's message, naming its rule unless the message already does. */
  public static String message(Violation v) {
    return v.message().contains(v.rule()) ? v.message() : v.message() + " (rule " + v.rule() + ")";
  }
}
