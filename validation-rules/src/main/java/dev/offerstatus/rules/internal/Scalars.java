package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON scalars in one normalized form, whatever they were read from: {@code String}, {@code
 * BigDecimal} (every number) or {@code Boolean}.
 */
public final class Scalars {
  private static final int MAX_RENDERED = 80;

  private Scalars() {}

  /** The normalized scalar of a JSON node, or null for null, objects and arrays. */
  static Object of(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return null;
  }

  /** Whether two normalized scalars are the same JSON value (numbers compare by value). */
  static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a != null && a.equals(b);
  }

  /** A JSON node as a violation value: String, Number, Boolean, JSON text, or null. */
  static Object asFound(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.toString();
  }

  /** Renders a value for a message as a JSON literal; long texts are cut with an ellipsis. */
  public static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      String cut = s.length() > MAX_RENDERED ? s.substring(0, MAX_RENDERED) + "…" : s;
      return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(cut)) + '"';
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  /** Renders a JSON node for a message: scalars as JSON literals, containers cut short. */
  static String render(JsonNode node) {
    if (node.isValueNode()) {
      return node.isTextual() ? render(node.textValue()) : node.toString();
    }
    String text = node.toString();
    return text.length() > MAX_RENDERED ? text.substring(0, MAX_RENDERED) + "…" : text;
  }

  /** Renders several values as {@code "a", "b"}. */
  static String renderAll(List<Object> values) {
    return values.stream().map(Scalars::render).collect(Collectors.joining(", "));
  }
}
