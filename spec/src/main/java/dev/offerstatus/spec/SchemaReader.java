package dev.offerstatus.spec;

import static dev.offerstatus.spec.ContractModel.SCHEMAS;
import static dev.offerstatus.spec.ContractModel.escape;
import static dev.offerstatus.spec.ContractModel.unescape;
import static dev.offerstatus.spec.SpecFields.bool;
import static dev.offerstatus.spec.SpecFields.describe;
import static dev.offerstatus.spec.SpecFields.maps;
import static dev.offerstatus.spec.SpecFields.optionalInt;
import static dev.offerstatus.spec.SpecFields.optionalNumber;
import static dev.offerstatus.spec.SpecFields.optionalText;
import static dev.offerstatus.spec.SpecFields.scalar;
import static dev.offerstatus.spec.SpecFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the component schemas and their {@code x-contract-rules}, and checks that every schema
 * {@code $ref} names a component.
 */
final class SchemaReader {
  private SchemaReader() {}

  /** The component schemas by name, in document order (their refs not yet checked). */
  static Map<String, Schema> schemas(JsonNode root, SpecLines lines) {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    JsonNode components = root.path("components").path("schemas");
    for (Map.Entry<String, JsonNode> e : components.properties()) {
      schemas.put(e.getKey(), schema(e.getValue(), SCHEMAS + escape(e.getKey()), lines));
    }
    return schemas;
  }

  /** Refuses a {@code $ref} (of the schema or any it contains) to no component. */
  static void checkRefs(Schema schema, Map<String, Schema> schemas) {
    if (schema.ref() != null && !schemas.containsKey(schema.ref())) {
      throw InvalidSpecException.at(
          schema.pointer() + "/$ref",
          "schema " + schema.ref() + " is not in #/components/schemas.");
    }
    for (Schema p : schema.properties().values()) {
      checkRefs(p, schemas);
    }
    if (schema.items() != null) {
      checkRefs(schema.items(), schemas);
    }
  }

  /** One schema with its properties, items and rules. */
  static Schema schema(JsonNode node, String pointer, SpecLines lines) {
    if (!node.isObject()) {
      throw InvalidSpecException.at(pointer, "a schema must be a map.");
    }
    String ref = null;
    JsonNode refNode = node.get("$ref");
    if (refNode != null) {
      String text = refNode.asText();
      if (!text.startsWith(SCHEMAS)) {
        throw InvalidSpecException.at(
            pointer + "/$ref", "only local refs to " + SCHEMAS + "... are supported, got " + text);
      }
      ref = unescape(text.substring(SCHEMAS.length()));
    }
    List<Object> enumValues = new ArrayList<>();
    JsonNode enumNode = node.get("enum");
    if (enumNode != null) {
      if (!enumNode.isArray()) {
        throw InvalidSpecException.at(
            pointer + "/enum", "must be a list of values, found " + describe(enumNode) + ".");
      }
      for (int i = 0; i < enumNode.size(); i++) {
        JsonNode v = enumNode.get(i);
        if (v.isContainerNode()) {
          throw InvalidSpecException.at(
              pointer + "/enum/" + i, "must be a string, number or boolean.");
        }
        Object scalar = JsonScalars.of(v);
        if (scalar != null) {
          enumValues.add(scalar);
        }
      }
    }
    List<String> required = new ArrayList<>();
    JsonNode requiredNode = node.get("required");
    if (requiredNode != null) {
      if (!requiredNode.isArray()) {
        throw InvalidSpecException.at(
            pointer + "/required",
            "must be a list of property names, found " + describe(requiredNode) + ".");
      }
      for (int i = 0; i < requiredNode.size(); i++) {
        if (!requiredNode.get(i).isTextual()) {
          throw InvalidSpecException.at(
              pointer + "/required/" + i,
              "must be a property name, found " + describe(requiredNode.get(i)) + ".");
        }
        required.add(requiredNode.get(i).textValue());
      }
    }
    Map<String, Schema> properties = new LinkedHashMap<>();
    JsonNode props = node.get("properties");
    if (props != null && !props.isObject()) {
      throw InvalidSpecException.at(
          pointer + "/properties", "must be a map of schemas, found " + describe(props) + ".");
    }
    if (props != null) {
      for (Map.Entry<String, JsonNode> p : props.properties()) {
        properties.put(
            p.getKey(), schema(p.getValue(), pointer + "/properties/" + escape(p.getKey()), lines));
      }
    }
    Schema items = node.has("items") ? schema(node.get("items"), pointer + "/items", lines) : null;
    return new Schema(
        pointer,
        ref,
        optionalText(node, "type", pointer),
        optionalText(node, "format", pointer),
        node.path("nullable").asBoolean(false),
        enumValues,
        required,
        properties,
        items,
        rules(node.get("x-contract-rules"), pointer + "/x-contract-rules", lines),
        optionalText(node, "pattern", pointer),
        optionalInt(node, "minLength", pointer),
        optionalInt(node, "maxLength", pointer),
        optionalNumber(node, "minimum", pointer),
        optionalNumber(node, "maximum", pointer),
        node.has("default") ? JsonScalars.of(node.get("default")) : null,
        enumLabels(node.get("x-enum-descriptions"), enumValues, pointer + "/x-enum-descriptions"),
        enumNames(node.get("x-enum-varnames"), enumValues, pointer + "/x-enum-varnames"),
        optionalInt(node, "minItems", pointer),
        optionalInt(node, "maxItems", pointer),
        node.get("example"),
        lines.of(pointer));
  }

  /** The text key an enum value has in {@code x-enum-descriptions}: {@code '1'} for 1. */
  private static String key(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  /** {@code x-enum-descriptions}: a map from each value (as text) to its label. */
  private static Map<Object, String> enumLabels(
      JsonNode node, List<Object> enumValues, String pointer) {
    if (node == null) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map from enum values to labels, found " + describe(node) + ".");
    }
    Map<String, Object> byKey = new LinkedHashMap<>();
    enumValues.forEach(v -> byKey.put(key(v), v));
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String at = pointer + "/" + escape(e.getKey());
      if (!byKey.containsKey(e.getKey())) {
        throw InvalidSpecException.at(
            at,
            e.getKey()
                + " is not a value of the enum ("
                + String.join(", ", byKey.keySet())
                + ").");
      }
      if (!e.getValue().isTextual()) {
        throw InvalidSpecException.at(
            at, "a label must be a string, found " + describe(e.getValue()) + ".");
      }
    }
    Map<Object, String> labels = new LinkedHashMap<>();
    byKey.forEach(
        (key, value) -> {
          if (node.has(key)) {
            labels.put(value, node.get(key).textValue());
          }
        });
    return labels;
  }

  /** {@code x-enum-varnames}: one constant name per enum value, in enum order. */
  private static Map<Object, String> enumNames(
      JsonNode node, List<Object> enumValues, String pointer) {
    if (node == null) {
      return Map.of();
    }
    if (!node.isArray() || node.size() != enumValues.size()) {
      throw InvalidSpecException.at(
          pointer,
          "must be a list of "
              + enumValues.size()
              + " names, one per enum value, found "
              + (node.isArray() ? node.size() + " names" : describe(node))
              + ".");
    }
    Map<Object, String> names = new LinkedHashMap<>();
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual() || node.get(i).textValue().isBlank()) {
        throw InvalidSpecException.at(pointer + "/" + i, "a non-blank string is required.");
      }
      names.put(enumValues.get(i), node.get(i).textValue());
    }
    return names;
  }

  private static List<ContractRule> rules(JsonNode rules, String pointer, SpecLines lines) {
    if (rules == null) {
      return List.of();
    }
    if (!rules.isArray()) {
      throw new InvalidSpecException(
          pointer + ": x-contract-rules must be a list.", pointer, 0, 0, null);
    }
    Set<String> ids = new HashSet<>();
    return maps(
        rules,
        pointer,
        "rules",
        "a rule must be a map.",
        (rule, at) -> rule(rule, at, ids, lines.of(at)));
  }

  private static ContractRule rule(JsonNode rule, String at, Set<String> ids, int line) {
    String id = text(rule, "id", at);
    if (!ids.add(id)) {
      throw InvalidSpecException.at(at + "/id", "rule id " + id + " is used twice.");
    }
    String kind = text(rule, "kind", at);
    String doc = rule.path("doc").asText("");
    return switch (kind) {
      case "required-when" -> requiredWhen(rule, id, doc, at, line);
      case "date-after" ->
          new DateAfterRule(
              id,
              text(rule, "field", at),
              text(rule, "after", at),
              !rule.has("strict") || bool(rule.get("strict"), at + "/strict"),
              doc,
              at,
              line);
      default ->
          throw InvalidSpecException.at(
              at + "/kind",
              "unknown rule kind " + kind + " (known kinds: required-when, date-after).");
    };
  }

  private static RequiredWhenRule requiredWhen(
      JsonNode rule, String id, String doc, String at, int line) {
    JsonNode when = rule.get("when");
    if (when == null || !when.isObject()) {
      throw InvalidSpecException.at(at + "/when", "a required-when rule needs a when map.");
    }
    String whenField = text(when, "field", at + "/when");
    boolean in = when.has("in");
    if (in == when.has("equals")) {
      throw InvalidSpecException.at(
          at + "/when", "give exactly one of equals: <scalar> or in: [<scalar>, ...].");
    }
    List<Object> values = new ArrayList<>();
    if (in) {
      JsonNode list = when.get("in");
      if (!list.isArray() || list.isEmpty()) {
        throw InvalidSpecException.at(at + "/when/in", "must be a non-empty list of scalars.");
      }
      for (int j = 0; j < list.size(); j++) {
        values.add(scalar(list.get(j), at + "/when/in/" + j));
      }
    } else {
      values.add(scalar(when.get("equals"), at + "/when/equals"));
    }
    return new RequiredWhenRule(id, text(rule, "field", at), whenField, values, in, doc, at, line);
  }
}
