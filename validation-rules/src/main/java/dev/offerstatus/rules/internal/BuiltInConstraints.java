package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The Jakarta constraints the generator derives from schema keywords ({@code @Size} from {@code
 * minItems}/{@code maxItems}/{@code minLength}/{@code maxLength}, {@code @Pattern},
 * {@code @Min}/{@code @Max}/{@code @DecimalMin}/{@code @DecimalMax}), judged again by the raw entry
 * point's {@link Keywords}, so a model and its JSON get the same rule ids and messages (lengths in
 * code points, patterns with their ECMA-262 meaning).
 */
final class BuiltInConstraints {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BuiltInConstraints() {}

  /**
   * The hits of a violation of one of these constraints (empty when the keyword holds after all),
   * or null when the violation is of another constraint.
   */
  static List<RuleHit> hits(Contract contract, ConstraintViolation<?> violation, String path) {
    Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
    Object value = violation.getInvalidValue();
    Keywords.Bounds schema;
    JsonNode node;
    if (annotation instanceof Size size) {
      if (value instanceof CharSequence text) {
        schema = schema(null, size.min(), size.max(), null, null, null, null);
        node = TextNode.valueOf(text.toString());
      } else if (value instanceof Collection<?> || (value != null && value.getClass().isArray())) {
        schema = schema(null, null, null, null, null, size.min(), size.max());
        node = MAPPER.valueToTree(value);
      } else {
        return null;
      }
    } else if (annotation instanceof Pattern pattern && value instanceof CharSequence text) {
      schema = schema(pattern.regexp(), null, null, null, null, null, null);
      node = TextNode.valueOf(text.toString());
    } else if (annotation instanceof Min min) {
      schema = schema(null, null, null, BigDecimal.valueOf(min.value()), null, null, null);
      node = number(value);
    } else if (annotation instanceof Max max) {
      schema = schema(null, null, null, null, BigDecimal.valueOf(max.value()), null, null);
      node = number(value);
    } else if (annotation instanceof DecimalMin min && min.inclusive()) {
      schema = schema(null, null, null, new BigDecimal(min.value()), null, null, null);
      node = number(value);
    } else if (annotation instanceof DecimalMax max && max.inclusive()) {
      schema = schema(null, null, null, null, new BigDecimal(max.value()), null, null);
      node = number(value);
    } else {
      return null;
    }
    if (node == null) {
      return null;
    }
    List<RuleHit> hits = new ArrayList<>(1);
    Keywords.check(contract, schema, node, path, hits);
    return hits;
  }

  /** A number as its JSON would carry it (an {@code Integer} stays an integer node). */
  private static JsonNode number(Object value) {
    return value instanceof Number ? MAPPER.valueToTree(value) : null;
  }

  private static Keywords.Bounds schema(
      String pattern,
      Integer minLength,
      Integer maxLength,
      BigDecimal minimum,
      BigDecimal maximum,
      Integer minItems,
      Integer maxItems) {
    return new Keywords.Bounds(
        List.of(),
        null,
        minimum,
        maximum,
        minLength,
        maxLength == null || maxLength == Integer.MAX_VALUE ? null : maxLength,
        pattern,
        minItems,
        maxItems == null || maxItems == Integer.MAX_VALUE ? null : maxItems);
  }
}
