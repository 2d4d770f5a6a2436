package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * JSON scalars in the one normalized form the model and the rules compare: {@code String}, {@code
 * BigDecimal} (every number) or {@code Boolean}. A schema's {@code enum} and {@code default} and a
 * rule's values are held in this form.
 */
public final class JsonScalars {
  private JsonScalars() {}

  /** The normalized scalar of a JSON node, or null for null, missing, objects and arrays. */
  public static Object of(JsonNode node) {
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
  public static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a != null && a.equals(b);
  }
}
