package dev.offerstatus.checks.payloads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a {@code .json} payload fixture: a JSON object whose {@code "body"} is the request body,
 * whose {@code "operationId"} names the operation (else the goal's {@code operation}, else the
 * spec's only operation with a request body), and whose other members are the operation's path and
 * query parameters by name ({@code "offer_id": "7016605170635213100"}).
 */
final class JsonFixtures {
  static final String OPERATION_ID = "operationId";
  static final String BODY = "body";

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFixtures() {}

  /**
   * The request of a fixture's text.
   *
   * @param fallback the operation of a fixture that names none, or null
   */
  static FixtureRequest read(String text, String name, ContractModel model, Operation fallback) {
    JsonNode fixture;
    try {
      fixture = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      return FixtureRequest.problem(
          name + ":" + line,
          "",
          "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (fixture == null || !fixture.isObject()) {
      return FixtureRequest.problem(name, "", "not a JSON object: " + shape());
    }
    Operation operation;
    JsonNode named = fixture.get(OPERATION_ID);
    if (named != null) {
      if (!named.isTextual()) {
        return FixtureRequest.problem(name, OPERATION_ID, "must be a string: " + shape());
      }
      operation = model.operation(named.textValue()).orElse(null);
      if (operation == null) {
        return FixtureRequest.problem(
            name,
            OPERATION_ID,
            "the spec has no operation "
                + named.textValue()
                + " (it has: "
                + model.operations().stream()
                    .map(Operation::operationId)
                    .collect(Collectors.joining(", "))
                + ")");
      }
    } else if (fallback != null) {
      operation = fallback;
    } else {
      List<String> withBody = operationsWithBody(model);
      if (withBody.size() != 1) {
        return FixtureRequest.problem(
            name,
            OPERATION_ID,
            "missing: the spec has "
                + withBody.size()
                + " operations with a request body ("
                + String.join(", ", withBody)
                + "); name one with \""
                + OPERATION_ID
                + "\" in the file or with the goal's operation parameter");
      }
      operation = model.operation(withBody.get(0)).orElseThrow();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : fixture.properties()) {
      String key = member.getKey();
      if (key.equals(OPERATION_ID) || key.equals(BODY)) {
        continue;
      }
      if (operation.parameters().stream()
          .noneMatch(p -> p.name().equals(key) && !p.in().equals("header"))) {
        return FixtureRequest.problem(
            name,
            key,
            "not a parameter of "
                + operation.operationId()
                + " (its parameters: "
                + operation.parameters().stream()
                    .map(Parameter::name)
                    .collect(Collectors.joining(", "))
                + "; the body goes in \""
                + BODY
                + "\")");
      }
      JsonNode value = member.getValue();
      if (value.isContainerNode()) {
        return FixtureRequest.problem(name, key, "must be the parameter's text, found " + value);
      }
      if (!value.isNull()) {
        parameters.put(key, value.asText());
      }
    }
    JsonNode body = fixture.get(BODY);
    return FixtureRequest.of(operation, parameters, body == null ? null : body.toString());
  }

  /** The operationIds of the spec's operations with a request body, sorted. */
  static List<String> operationsWithBody(ContractModel model) {
    return model.operations().stream()
        .filter(op -> op.requestBody().isPresent())
        .map(Operation::operationId)
        .sorted()
        .toList();
  }

  private static String shape() {
    return "a .json payload file is {\"operationId\": \"...\", \"<parameter>\": \"...\","
        + " \"body\": {...}}";
  }
}
