package dev.offerstatus.spec;

import static dev.offerstatus.spec.ContractModel.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Reads one field of a spec node as the type the model needs, refusing the wrong shape with an
 * {@link InvalidSpecException} that names the field's JSON pointer and what was found.
 */
final class SpecFields {
  private SpecFields() {}

  /** A required non-blank string. */
  static String text(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw InvalidSpecException.at(at + "/" + key, "a non-blank string is required.");
    }
    return value.textValue();
  }

  /** A string, or null when absent or null. */
  static String optionalText(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw InvalidSpecException.at(
          at + "/" + escape(key), "must be a string, found " + describe(value) + ".");
    }
    return value.textValue();
  }

  /** A required integer (that fits an int). */
  static int requiredInt(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
      throw InvalidSpecException.at(
          at + "/" + key,
          "an integer is required, found " + (value == null ? "nothing" : describe(value)) + ".");
    }
    return value.intValue();
  }

  /** An integer, or null when absent. */
  static Integer optionalInt(JsonNode node, String key, String at) {
    return node.has(key) ? requiredInt(node, key, at) : null;
  }

  /** A positive integer, or null when absent. */
  static Integer optionalPositive(JsonNode node, String key, String at) {
    Integer value = optionalInt(node, key, at);
    if (value != null && value < 1) {
      throw InvalidSpecException.at(at + "/" + key, "a positive integer is required.");
    }
    return value;
  }

  /** A number, or null when absent. */
  static BigDecimal optionalNumber(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      throw InvalidSpecException.at(
          at + "/" + key, "must be a number, found " + describe(value) + ".");
    }
    return value.decimalValue();
  }

  /** A boolean node's value. */
  static boolean bool(JsonNode node, String at) {
    if (!node.isBoolean()) {
      throw InvalidSpecException.at(at, "must be true or false.");
    }
    return node.booleanValue();
  }

  /** A scalar in normalized form ({@link JsonScalars}); refuses null and containers. */
  static Object scalar(JsonNode node, String at) {
    Object scalar = JsonScalars.of(node);
    if (scalar == null) {
      throw InvalidSpecException.at(at, "must be a string, number or boolean.");
    }
    return scalar;
  }

  /**
   * Reads each map of a list with its pointer, in order; empty when the list is absent.
   *
   * @param what what the list holds, for the message when it is not a list
   * @param notAMap the problem when an entry is not a map
   * @param read reads one entry, given the entry and its pointer
   */
  static <T> List<T> maps(
      JsonNode node,
      String pointer,
      String what,
      String notAMap,
      BiFunction<JsonNode, String, T> read) {
    if (!isList(node, pointer, what)) {
      return List.of();
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String at = pointer + "/" + i;
      JsonNode entry = node.get(i);
      if (!entry.isObject()) {
        throw InvalidSpecException.at(at, notAMap);
      }
      values.add(read.apply(entry, at));
    }
    return List.copyOf(values);
  }

  /** A list of non-blank strings, empty when absent; {@code what} names them in the message. */
  static List<String> strings(JsonNode node, String pointer, String what) {
    if (!isList(node, pointer, what)) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual() || node.get(i).textValue().isBlank()) {
        throw InvalidSpecException.at(pointer + "/" + i, "a non-blank string is required.");
      }
      values.add(node.get(i).textValue());
    }
    return List.copyOf(values);
  }

  private static boolean isList(JsonNode node, String pointer, String what) {
    if (node != null && !node.isArray()) {
      throw InvalidSpecException.at(
          pointer, "must be a list of " + what + ", found " + describe(node) + ".");
    }
    return node != null;
  }

  /** Names, sorted and comma-separated, for "it has: ..." messages. */
  static String known(Set<String> names) {
    return String.join(", ", new TreeSet<>(names));
  }

  /** What a node is, for a message: {@code a map}, {@code a list}, a cut string, a literal. */
  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "a map";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "the string "
          + (node.textValue().length() > 40
              ? '"' + node.textValue().substring(0, 40) + "…\""
              : '"' + node.textValue() + '"');
    }
    if (node.isNull()) {
      return "null";
    }
    return node.toString();
  }
}
