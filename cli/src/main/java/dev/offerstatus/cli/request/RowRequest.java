package dev.offerstatus.cli.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.spec.JsonScalars;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Schema;
import dev.offerstatus.spec.StateMachine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One request as a row (or {@code validate}'s options) wrote it, unchecked: its operation, its
 * parameters by name (text as sent) and its JSON body, or null when the operation takes none. The
 * rules check it; nothing here decides whether it is valid.
 *
 * @param columns the operation and what its columns mean
 * @param parameters path and query parameters by name
 * @param body the JSON body (an object), or null for an operation without one
 */
public record RowRequest(RequestColumns columns, Map<String, String> parameters, ObjectNode body) {
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

  public RowRequest {
    parameters = Map.copyOf(parameters);
  }

  public Operation operation() {
    return columns.operation();
  }

  /** The transition the request asks for, when its operation declares a state machine. */
  public Optional<StateMachine.Transition> transition() {
    return operation()
        .stateMachine()
        .flatMap(
            machine -> {
              JsonNode value = body == null ? null : body.get(machine.selector());
              return machine.transition(JsonScalars.of(value));
            });
  }

  /** The body as JSON text for the rules, or null when the operation takes none. */
  public String bodyJson() {
    if (body == null) {
      return null;
    }
    try {
      return Console.INTERNAL_JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written: " + e, e);
    }
  }

  /**
   * The offer the request concerns, which orders a batch (one offer's rows go one after another)
   * and which concurrent runs claim: the parameter the operation's state machine names, else its
   * first path parameter; "" when it has neither.
   */
  public String offerId() {
    Operation op = operation();
    String name =
        op.stateMachine()
            .map(StateMachine::offerParameter)
            .orElseGet(
                () ->
                    op.parameters().stream()
                        .filter(p -> p.in().equals("path"))
                        .map(Parameter::name)
                        .findFirst()
                        .orElse(null));
    String value = name == null ? null : parameters.get(name);
    return value == null ? "" : value;
  }

  /**
   * What the request asks of the offer, by its state machine's selector: {@code
   * operation=confirm_onboarding}, {@code offer_status=8}; "" for an operation without one.
   */
  public String change() {
    return operation()
        .stateMachine()
        .map(
            m -> {
              JsonNode value = body == null ? null : body.get(m.selector());
              return value == null || value.isNull()
                  ? ""
                  : m.selector() + "=" + (value.isTextual() ? value.textValue() : value.toString());
            })
        .orElse("");
  }

  /**
   * Builds the request of a row whose cells are {@code cells} (column to a CSV cell's text or a
   * JSON Lines value); a column the operation does not take must have been refused already.
   * Problems (a field given twice, a parameter that is not text) are added to {@code problems}.
   */
  public static RowRequest of(
      RequestColumns columns, Map<String, Object> cells, List<String> problems, CliMessages t) {
    Map<String, String> parameters = new LinkedHashMap<>();
    ObjectNode body =
        columns.operation().requestBody().isPresent()
            ? JsonNodeFactory.instance.objectNode()
            : null;
    Map<String, String> givenAs = new LinkedHashMap<>();
    for (Map.Entry<String, Object> cell : cells.entrySet()) {
      String column = cell.getKey();
      if (column.equals(RequestColumns.OPERATION_ID)) {
        continue;
      }
      RequestColumns.Target target = columns.target(column).orElseThrow();
      JsonNode value =
          cell.getValue() instanceof String text
              ? fromCell(text, target.schema())
              : absentIfEmpty((JsonNode) cell.getValue());
      if (value == null) {
        continue;
      }
      String earlier = givenAs.putIfAbsent(target.name(), column);
      if (earlier != null) {
        problems.add(t.get("row.twice", target.name(), earlier, column));
      } else if (target.parameter()) {
        if (value.isTextual()) {
          parameters.put(target.name(), value.textValue());
        } else {
          problems.add(t.get("jsonl.notString", column, value));
        }
      } else if (!put(body, target.name(), value)) {
        problems.add(t.get("row.overlap", column, target.name()));
      }
    }
    return new RowRequest(columns, parameters, body);
  }

  /** JSON null and "" are absent, as an empty cell is. */
  private static JsonNode absentIfEmpty(JsonNode value) {
    if (value == null || value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
      return null;
    }
    return value;
  }

  /**
   * A CSV cell as the JSON value its field's schema asks for: digits for an integer, {@code
   * true}/{@code false} for a boolean, a JSON array or object for an array or object field; text
   * that does not read as that type stays text, for the rules to refuse with its value. Values are
   * trimmed, except free text (a string with no enum, format or pattern, e.g. notes). Empty is
   * absent.
   */
  static JsonNode fromCell(String text, Schema schema) {
    String type = schema.type() == null ? "string" : schema.type();
    boolean freeText =
        type.equals("string")
            && schema.enumValues().isEmpty()
            && schema.format() == null
            && schema.pattern() == null;
    String value = freeText ? text : text.strip();
    if (value.isEmpty()) {
      return null;
    }
    JsonNodeFactory json = JsonNodeFactory.instance;
    switch (type) {
      case "integer" -> {
        if (INTEGER.matcher(value).matches()) {
          return json.numberNode(new BigInteger(value));
        }
      }
      case "number" -> {
        try {
          return json.numberNode(new BigDecimal(value));
        } catch (NumberFormatException e) {
          // stays text
        }
      }
      case "boolean" -> {
        if (value.equals("true") || value.equals("false")) {
          return json.booleanNode(Boolean.parseBoolean(value));
        }
      }
      case "array", "object" -> {
        try {
          JsonNode parsed = JsonBodies.STRICT.readTree(value);
          if (parsed != null && (type.equals("array") ? parsed.isArray() : parsed.isObject())) {
            return parsed;
          }
        } catch (JsonProcessingException e) {
          // stays text
        }
      }
      default -> {
        // text
      }
    }
    return json.textNode(value);
  }

  /** Sets {@code value} at the dotted {@code path}; false when a value already holds its place. */
  private static boolean put(ObjectNode body, String path, JsonNode value) {
    if (path.indexOf('.') < 0) { // a top-level field: most columns of most rows
      return body.putIfAbsent(path, value) == null;
    }
    String[] names = path.split("\\.");
    ObjectNode at = body;
    for (int i = 0; i < names.length - 1; i++) {
      JsonNode next = at.get(names[i]);
      if (next == null) {
        at = at.putObject(names[i]);
      } else if (next.isObject()) {
        at = (ObjectNode) next;
      } else {
        return false;
      }
    }
    if (at.has(names[names.length - 1])) {
      return false;
    }
    at.set(names[names.length - 1], value);
    return true;
  }
}
