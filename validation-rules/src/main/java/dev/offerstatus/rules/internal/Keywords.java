package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.JsonScalars;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value keywords of a schema, checked on one JSON value of the schema's type (a body field or a
 * parameter as the spec types it): {@code enum}, {@code format} ({@code date}, {@code int32},
 * {@code int64}), {@code minimum}, {@code maximum}, {@code minLength}, {@code maxLength}, {@code
 * pattern}, {@code minItems}, {@code maxItems}. Each broken keyword is one hit, named like the
 * keyword (except {@code date-format}).
 */
final class Keywords {
  /** The formats whose values are checked; any other format is an annotation only. */
  static final List<String> FORMATS = List.of("date", "int32", "int64");

  private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private Keywords() {}

  /**
   * The value keywords of a schema (or of a Jakarta constraint that restates one); null or empty:
   * none.
   */
  record Bounds(
      List<Object> enumValues,
      String format,
      BigDecimal minimum,
      BigDecimal maximum,
      Integer minLength,
      Integer maxLength,
      String pattern,
      Integer minItems,
      Integer maxItems) {
    /** The value keywords of a resolved schema. */
    static Bounds of(Schema schema) {
      return new Bounds(
          schema.enumValues(),
          schema.format(),
          schema.minimum(),
          schema.maximum(),
          schema.minLength(),
          schema.maxLength(),
          schema.pattern(),
          schema.minItems(),
          schema.maxItems());
    }
  }

  /** Checks {@code node} against the value keywords of a resolved schema. */
  static void check(
      Contract contract, Schema schema, JsonNode node, String path, List<RuleHit> out) {
    check(contract, Bounds.of(schema), node, path, out);
  }

  /** Checks {@code node} against value keywords. */
  static void check(
      Contract contract, Bounds schema, JsonNode node, String path, List<RuleHit> out) {
    if (!schema.enumValues().isEmpty() && !contains(schema.enumValues(), JsonScalars.of(node))) {
      out.add(hit(path, node, "enum", Messages.ENUM, "allowed", renderAll(schema.enumValues())));
    }
    if (node.isTextual()) {
      text(contract, schema, node, path, out);
    } else if (node.isNumber()) {
      number(schema, node, path, out);
    } else if (node.isArray()) {
      items(schema, node, path, out);
    }
  }

  private static void text(
      Contract contract, Bounds schema, JsonNode node, String path, List<RuleHit> out) {
    String text = node.textValue();
    if ("date".equals(schema.format()) && !CalendarDates.isValid(text)) {
      out.add(hit(path, node, "date-format", Messages.DATE_FORMAT));
    }
    int length = text.codePointCount(0, text.length());
    if (schema.minLength() != null && length < schema.minLength()) {
      out.add(hit(path, node, "minLength", Messages.MIN_LENGTH, "minLength", schema.minLength()));
    }
    if (schema.maxLength() != null && length > schema.maxLength()) {
      out.add(hit(path, node, "maxLength", Messages.MAX_LENGTH, "maxLength", schema.maxLength()));
    }
    if (schema.pattern() != null && !contract.pattern(schema.pattern()).matcher(text).find()) {
      out.add(hit(path, node, "pattern", Messages.PATTERN, "pattern", schema.pattern()));
    }
  }

  private static void number(Bounds schema, JsonNode node, String path, List<RuleHit> out) {
    BigDecimal value = node.decimalValue();
    if ("int32".equals(schema.format()) || "int64".equals(schema.format())) {
      boolean int32 = "int32".equals(schema.format());
      BigDecimal min = int32 ? INT32_MIN : INT64_MIN;
      BigDecimal max = int32 ? INT32_MAX : INT64_MAX;
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        out.add(
            hit(
                path,
                node,
                "format",
                Messages.INTEGER_FORMAT,
                "format",
                schema.format(),
                "minimum",
                min.toPlainString(),
                "maximum",
                max.toPlainString()));
      }
    }
    if (schema.minimum() != null && value.compareTo(schema.minimum()) < 0) {
      out.add(
          hit(
              path,
              node,
              "minimum",
              Messages.MINIMUM,
              "minimum",
              schema.minimum().toPlainString()));
    }
    if (schema.maximum() != null && value.compareTo(schema.maximum()) > 0) {
      out.add(
          hit(
              path,
              node,
              "maximum",
              Messages.MAXIMUM,
              "maximum",
              schema.maximum().toPlainString()));
    }
  }

  private static void items(Bounds schema, JsonNode node, String path, List<RuleHit> out) {
    int count = node.size();
    if (schema.minItems() != null && count < schema.minItems()) {
      out.add(
          hit(
              path,
              node,
              "minItems",
              Messages.MIN_ITEMS,
              "minItems",
              schema.minItems(),
              "count",
              count));
    }
    if (schema.maxItems() != null && count > schema.maxItems()) {
      out.add(
          hit(
              path,
              node,
              "maxItems",
              Messages.MAX_ITEMS,
              "maxItems",
              schema.maxItems(),
              "count",
              count));
    }
  }

  private static boolean contains(List<Object> allowed, Object scalar) {
    for (Object value : allowed) {
      if (JsonScalars.same(scalar, value)) {
        return true;
      }
    }
    return false;
  }

  private static String renderAll(List<Object> values) {
    return MessageValues.renderAll(values);
  }

  /** A hit on {@code node} with its rendered value and further parameters (name, value, ...). */
  private static RuleHit hit(String path, JsonNode node, String rule, String key, Object... more) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("value", MessageValues.render(node));
    for (int i = 0; i < more.length; i += 2) {
      params.put((String) more[i], String.valueOf(more[i + 1]));
    }
    return new RuleHit(path, MessageValues.asFound(node), rule, key, Map.copyOf(params));
  }
}
