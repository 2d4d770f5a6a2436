package dev.offerstatus.rules;

import dev.offerstatus.rules.internal.Contract;
import dev.offerstatus.rules.internal.ParameterChecker;
import dev.offerstatus.rules.internal.RuleHit;
import dev.offerstatus.spec.ContractModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The spec's rules for the path and query parameters of any operation (the read operations' {@code
 * offer_id}, {@code talent_id}, {@code page_size}, ...): every constraint comes from the
 * parameter's schema, so a changed spec changes the verdict. Thread-safe.
 *
 * <pre>{@code
 * List<Violation> found = ParameterRules.fromClasspath()
 *     .validate("listOffers", Map.of("talent_id", "7096320678581242123", "page_size", "500"));
 * // [page_size: must be at most 200, was 500]
 * }</pre>
 */
public final class ParameterRules {
  private final Contract contract;
  private final ParameterChecker checker;

  private ParameterRules(Contract contract) {
    this.contract = contract;
    this.checker = new ParameterChecker(contract);
  }

  /** The rules of the spec bundled in the spec module. */
  public static ParameterRules fromClasspath() {
    return new ParameterRules(Contract.classpath());
  }

  /** The rules of this model. */
  public static ParameterRules of(ContractModel model) {
    return new ParameterRules(Contract.of(Objects.requireNonNull(model, "model == null")));
  }

  /**
   * Checks parameter values (name to text as sent; a missing or null value is not sent) of the
   * operation with that {@code operationId}, in the order the operation declares them; messages in
   * {@code locale} (English or Chinese).
   *
   * @throws IllegalStateException when the spec has no such operation
   */
  public List<Violation> validate(String operationId, Map<String, String> values, Locale locale) {
    Objects.requireNonNull(operationId, "operationId == null");
    Objects.requireNonNull(values, "values == null");
    Objects.requireNonNull(locale, "locale == null");
    List<RuleHit> hits = new ArrayList<>();
    checker.check(contract.operation(operationId), values, hits);
    List<Violation> out = new ArrayList<>(hits.size());
    for (RuleHit hit : hits) {
      out.add(hit.toViolation(locale));
    }
    return List.copyOf(out);
  }

  /** As {@link #validate(String, Map, Locale)}, in English. */
  public List<Violation> validate(String operationId, Map<String, String> values) {
    return validate(operationId, values, Locale.ENGLISH);
  }
}
