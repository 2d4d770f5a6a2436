package dev.offerstatus.rules.internal;

import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks the path and query parameter values of an operation against the schemas the spec gives
 * them: required, integer, minimum, maximum, enum, minLength, maxLength, pattern (ECMA-262). A path
 * parameter that breaks its string constraints is reported as the write operation reports its offer
 * id: rule {@code path-segment}.
 */
public final class ParameterChecker {
  /** How an integer parameter is written in a path or query: an optional sign and digits. */
  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");

  private final ContractModel model;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  /** A checker of that model's operations. */
  public ParameterChecker(ContractModel model) {
    this.model = Objects.requireNonNull(model, "model == null");
  }

  /**
   * The violations of {@code values} (parameter name to its text, absent or null when not sent), in
   * the order the operation declares its parameters; names it does not declare are ignored.
   *
   * @throws IllegalStateException when the spec has no such operation
   */
  public List<Violation> check(String operationId, Map<String, String> values, Locale locale) {
    Operation op = model.requireOperation(operationId);
    List<Violation> out = new ArrayList<>();
    for (Parameter parameter : op.parameters()) {
      if (!parameter.in().equals("path") && !parameter.in().equals("query")) {
        continue;
      }
      String value = values.get(parameter.name());
      if (value == null) {
        if (parameter.required()) {
          out.add(
              violation(parameter.name(), null, "required", Messages.REQUIRED, Map.of(), locale));
        }
        continue;
      }
      Schema schema = model.resolve(parameter.schema());
      check(parameter, schema, value, locale, out);
    }
    return List.copyOf(out);
  }

  private void check(
      Parameter parameter, Schema schema, String value, Locale locale, List<Violation> out) {
    String name = parameter.name();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("value", MessageValues.render(value));
    if ("integer".equals(schema.type()) || "number".equals(schema.type())) {
      BigDecimal number;
      try {
        number = new BigDecimal(value.strip().equals(value) ? value : "x");
      } catch (NumberFormatException e) {
        number = null;
      }
      // An integer parameter is sent as its digits (a server parses "1e2" or "5.0" as no integer)
      if (number == null
          || ("integer".equals(schema.type()) && !INTEGER_TEXT.matcher(value).matches())) {
        params.put("type", schema.type());
        out.add(violation(name, value, "type", Messages.PARAMETER_TYPE, params, locale));
        return;
      }
      params.put("value", value); // a number: shown as sent, unquoted
      if (schema.minimum() != null && number.compareTo(schema.minimum()) < 0) {
        params.put("minimum", schema.minimum().toPlainString());
        out.add(violation(name, value, "minimum", Messages.MINIMUM, params, locale));
      }
      if (schema.maximum() != null && number.compareTo(schema.maximum()) > 0) {
        params.put("maximum", schema.maximum().toPlainString());
        out.add(violation(name, value, "maximum", Messages.MAXIMUM, params, locale));
      }
      return;
    }
    if (!schema.enumValues().isEmpty() && !schema.enumValues().contains(value)) {
      params.put("allowed", MessageValues.renderAll(schema.enumValues()));
      out.add(violation(name, value, "enum", Messages.ENUM, params, locale));
      return;
    }
    int length = value.codePointCount(0, value.length());
    boolean shortOrLong =
        (schema.minLength() != null && length < schema.minLength())
            || (schema.maxLength() != null && length > schema.maxLength());
    boolean unmatched =
        schema.pattern() != null
            && !patterns
                .computeIfAbsent(schema.pattern(), EcmaRegex::compile)
                .matcher(value)
                .find();
    if (parameter.in().equals("path")) {
      if (shortOrLong || unmatched) {
        out.add(violation(name, value, "path-segment", Messages.PATH_SEGMENT, params, locale));
      }
      return;
    }
    if (schema.minLength() != null && length < schema.minLength()) {
      params.put("minLength", String.valueOf(schema.minLength()));
      out.add(violation(name, value, "minLength", Messages.MIN_LENGTH, params, locale));
    } else if (schema.maxLength() != null && length > schema.maxLength()) {
      params.put("maxLength", String.valueOf(schema.maxLength()));
      out.add(violation(name, value, "maxLength", Messages.MAX_LENGTH, params, locale));
    } else if (unmatched) {
      params.put("pattern", schema.pattern());
      out.add(violation(name, value, "pattern", Messages.PATTERN, params, locale));
    }
  }

  private static Violation violation(
      String path,
      Object value,
      String rule,
      String key,
      Map<String, String> params,
      Locale locale) {
    return new Violation(path, value, rule, Messages.render(key, params, locale));
  }
}
