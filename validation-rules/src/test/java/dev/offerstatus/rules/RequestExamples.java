package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Example;
import java.util.Map;

/** The request examples a spec gives an operation, judged by the rules of that spec. */
final class RequestExamples {
  private RequestExamples() {}

  /** Asserts that the operation has request examples and that every one is valid. */
  static void assertAllValid(
      OfferStatusRules rules,
      ContractModel model,
      String operationId,
      Map<String, String> parameters,
      String expectedExample) {
    Map<String, Example> examples =
        model.requireOperation(operationId).requestBody().orElseThrow().examples();
    assertThat(examples).containsKey(expectedExample);
    for (Example example : examples.values()) {
      assertThat(rules.validateJson(operationId, parameters, example.value().toString()))
          .as(example.name())
          .isEmpty();
    }
  }
}
