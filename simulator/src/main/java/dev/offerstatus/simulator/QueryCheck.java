package dev.offerstatus.simulator;

import dev.offerstatus.rules.ParameterRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The read operations' parameters checked against the spec's parameter schemas. */
final class QueryCheck {
  private final ContractModel model;
  private final ParameterRules rules;

  QueryCheck(ContractModel model) {
    this.model = model;
    this.rules = ParameterRules.of(model);
  }

  /** What is wrong with the parameters, as a 1002002 message part, or empty when all is well. */
  Optional<String> check(String operationId, Map<String, String> params) {
    List<Violation> found = rules.validate(operationId, params, Locale.ENGLISH);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        found.stream().map(SimulatorHandler::describe).collect(Collectors.joining("; ")));
  }

  /** The spec's {@code default} of an integer parameter. */
  int defaultInt(String operationId, String parameter) {
    Parameter p =
        model
            .requireOperation(operationId)
            .parameter(parameter)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The spec's " + operationId + " has no parameter " + parameter));
    Object value = model.resolve(p.schema()).defaultValue();
    if (!(value instanceof Number n)) {
      throw new IllegalStateException(
          "The spec's " + operationId + " parameter " + parameter + " has no integer default");
    }
    return n.intValue();
  }
}
