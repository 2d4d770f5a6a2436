package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the path and query parameter values of an operation (text as sent) against the schemas the
 * spec gives them: {@code required}, the type ({@code integer}, {@code number}, {@code boolean}
 * read from the text), and the value keywords of {@link Keywords}. A path parameter that breaks its
 * string keywords ({@code minLength}, {@code maxLength}, {@code pattern}) is reported once, as rule
 * {@code path-segment}.
 */
public final class ParameterChecker {
  private static final Set<String> SEGMENT_RULES = Set.of("minLength", "maxLength", "pattern");

  /** How an integer parameter is written in a path or query: an optional sign and digits. */
  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");

  private final Contract contract;

  /** A checker of that contract's operations. */
  public ParameterChecker(Contract contract) {
    this.contract = contract;
  }

  /**
   * Adds the hits of {@code values} (parameter name to its text, absent or null when not sent), in
   * the order the operation declares its parameters; names it does not declare are ignored.
   */
  public void check(Operation operation, Map<String, String> values, List<RuleHit> out) {
    for (Parameter parameter : operation.parameters()) {
      if (!parameter.in().equals("path") && !parameter.in().equals("query")) {
        continue;
      }
      String value = values.get(parameter.name());
      if (value == null) {
        if (parameter.required()) {
          out.add(new RuleHit(parameter.name(), null, "required", Messages.REQUIRED, Map.of()));
        }
        continue;
      }
      check(parameter, contract.resolve(parameter.schema()), value, out);
    }
  }

  /**
   * Whether a value satisfies every path parameter schema of that name (for {@code PathSegment}).
   */
  public boolean isSegment(String name, String value) {
    List<RuleHit> hits = new ArrayList<>(2);
    for (Schema schema : contract.pathParameterSchemas(name)) {
      Keywords.check(contract, schema, TextNode.valueOf(value), name, hits);
    }
    return hits.isEmpty();
  }

  private void check(Parameter parameter, Schema schema, String value, List<RuleHit> out) {
    String name = parameter.name();
    JsonNode node = typed(schema.type(), value);
    if (node == null) {
      out.add(
          new RuleHit(
              name,
              value,
              "type",
              Messages.PARAMETER_TYPE,
              Map.of("type", schema.type(), "value", MessageValues.render(value))));
      return;
    }
    List<RuleHit> hits = new ArrayList<>(2);
    Keywords.check(contract, schema, node, name, hits);
    if (parameter.in().equals("path")) {
      segment(name, value, hits, out);
      return;
    }
    for (RuleHit hit : hits) {
      out.add(new RuleHit(name, value, hit.rule(), hit.messageKey(), hit.params()));
    }
  }

  /** Adds the hits, the string keywords' merged into one {@code path-segment} hit. */
  private static void segment(String name, String value, List<RuleHit> hits, List<RuleHit> out) {
    boolean segment = false;
    for (RuleHit hit : hits) {
      if (SEGMENT_RULES.contains(hit.rule())) {
        segment = true;
      } else {
        out.add(new RuleHit(name, value, hit.rule(), hit.messageKey(), hit.params()));
      }
    }
    if (segment) {
      out.add(
          new RuleHit(
              name,
              value,
              "path-segment",
              Messages.PATH_SEGMENT,
              Map.of("value", MessageValues.render(value))));
    }
  }

  /** The parameter's text as a JSON value of its schema's type, or null when it is not one. */
  private static JsonNode typed(String type, String value) {
    if ("integer".equals(type) || "number".equals(type)) {
      BigDecimal number;
      try {
        number = value.strip().equals(value) ? new BigDecimal(value) : null;
      } catch (NumberFormatException e) {
        number = null;
      }
      // an integer parameter is sent as its digits (a server parses "1e2" or "5.0" as no integer)
      if (number == null || ("integer".equals(type) && !INTEGER_TEXT.matcher(value).matches())) {
        return null;
      }
      return DecimalNode.valueOf(number);
    }
    if ("boolean".equals(type)) {
      return switch (value) {
        case "true" -> BooleanNode.TRUE;
        case "false" -> BooleanNode.FALSE;
        default -> null;
      };
    }
    return TextNode.valueOf(value);
  }
}
