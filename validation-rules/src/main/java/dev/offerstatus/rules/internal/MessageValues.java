package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.JsonScalars;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Values as a violation shows them: the value found (a JSON literal's Java value, or JSON text) and
 * the values quoted in messages, as JSON literals cut short.
 */
public final class MessageValues {
  private static final int MAX_RENDERED = 80;

  private MessageValues() {}

  /** A JSON node as a violation value: String, Number, Boolean, JSON text, or null. */
  static Object asFound(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    return node.isContainerNode() ? node.toString() : JsonScalars.of(node);
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
    return values.stream().map(MessageValues::render).collect(Collectors.joining(", "));
  }
}
