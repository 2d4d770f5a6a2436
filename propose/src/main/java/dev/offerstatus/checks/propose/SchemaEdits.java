package dev.offerstatus.checks.propose;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.PageFacts;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proposal's edits of schemas: enum values (with their x-enum-descriptions and
 * x-enum-varnames), fields added and removed, and required flags; each returns what it did, in a
 * few words.
 */
final class SchemaEdits {
  /** A property name the proposal writes: letters, digits and _, not starting with a digit. */
  private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  private final SpecDocument spec;
  private final YamlLines yaml;

  /** Every schema the model read, by pointer; built on first use. */
  private Map<String, Schema> schemas;

  /** The pointer of each field added so far, by doc path, so that its own fields go inside it. */
  private final Map<String, String> addedSchemas = new HashMap<>();

  SchemaEdits(SpecDocument spec, YamlLines yaml) {
    this.spec = spec;
    this.yaml = yaml;
  }

  static String parent(String pointer, int segments) {
    String p = pointer;
    for (int i = 0; i < segments; i++) {
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return p;
  }

  static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  /**
   * The schema the model read at {@code pointer} (a component's, or one inside it or an operation).
   */
  Optional<Schema> schemaAt(String pointer) {
    if (schemas == null) {
      schemas = new HashMap<>();
      ContractModel model = spec.model();
      Deque<Schema> open = new ArrayDeque<>(model.schemas().values());
      for (Operation op : model.operations()) {
        op.parameters().forEach(p -> open.add(p.schema()));
        op.requestBody().ifPresent(b -> open.add(b.schema()));
        op.responses().values().forEach(r -> r.content().ifPresent(b -> open.add(b.schema())));
      }
      while (!open.isEmpty()) {
        Schema next = open.pop();
        if (schemas.putIfAbsent(next.pointer(), next) == null) {
          open.addAll(next.properties().values());
          if (next.items() != null) {
            open.add(next.items());
          }
        }
      }
    }
    return Optional.ofNullable(schemas.get(pointer));
  }

  private boolean numeric(String enumPointer) {
    return schemaAt(parent(enumPointer, 1))
        .map(s -> !s.enumValues().isEmpty() && s.enumValues().get(0) instanceof Number)
        .orElse(false);
  }

  private boolean labelled(String schema) {
    return schemaAt(schema).map(s -> !s.enumLabels().isEmpty()).orElse(false);
  }

  private boolean named(String schema) {
    return schemaAt(schema).map(s -> !s.enumNames().isEmpty()).orElse(false);
  }

  int indexOf(String sequence, String value) {
    int n = yaml.size(sequence);
    for (int i = 0; i < n; i++) {
      if (value.equals(yaml.scalar(sequence + "/" + i))) {
        return i;
      }
    }
    return -1;
  }

  String enumAdded(Drift d, PageFacts.Field field) {
    String schema = parent(d.pointer(), 1);
    boolean number = numeric(d.pointer()) && d.newValue().matches("-?\\d+");
    if (indexOf(d.pointer(), d.newValue()) >= 0) {
      return "already added to " + d.pointer() + " (a schema two fields share)";
    }
    yaml.addItem(d.pointer(), number ? d.newValue() : YamlLines.quote(d.newValue()), null);
    String description =
        field.enumValues().stream()
            .filter(v -> v.value().equals(d.newValue()))
            .map(PageFacts.EnumValue::description)
            .findFirst()
            .orElse("");
    String edit = "added " + d.newValue() + " to " + d.pointer();
    if (labelled(schema) && !description.isEmpty()) {
      yaml.addEntry(
          schema + "/x-enum-descriptions",
          number ? d.newValue() : YamlLines.quote(d.newValue()),
          YamlLines.quote(description),
          null);
      edit += ", its description to x-enum-descriptions";
    }
    if (named(schema)) {
      String name = varName(d.newValue(), number);
      yaml.addItem(schema + "/x-enum-varnames", name, null);
      edit += ", " + name + " to x-enum-varnames";
    }
    return edit;
  }

  static String varName(String value, boolean number) {
    if (number) {
      return "VALUE_" + value.replace('-', '_');
    }
    String name = value.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "VALUE_" + name : name;
  }

  String enumRemoved(Drift d) {
    String schema = parent(d.pointer(), 1);
    int i = indexOf(d.pointer(), d.oldValue());
    if (i < 0) {
      return "already removed from " + d.pointer() + " (a schema two fields share)";
    }
    if (named(schema)) {
      yaml.remove(schema + "/x-enum-varnames/" + i);
    }
    yaml.remove(d.pointer() + "/" + i);
    Object value =
        numeric(d.pointer()) && d.oldValue().matches("-?\\d+(\\.\\d+)?")
            ? new BigDecimal(d.oldValue())
            : d.oldValue();
    if (schemaAt(schema).flatMap(s -> s.enumLabel(value)).isPresent()) {
      yaml.remove(schema + "/x-enum-descriptions/" + SpecDocument.escape(d.oldValue()));
    }
    return "removed " + d.oldValue() + " from " + d.pointer() + " and its name and description";
  }

  /**
   * Why a page's field name is not written into the spec as a property name, or null when it may
   * be: only plain names are, never an OpenAPI keyword or extension where field names go.
   */
  static String refusedName(String name) {
    String shown = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(name)) + "\"";
    String why;
    if (name.startsWith("$")) {
      why = name + " is an OpenAPI keyword where field names go";
    } else if (name.regionMatches(true, 0, "x-", 0, 2)) {
      why = "x- names are OpenAPI extensions where field names go";
    } else if (!PROPERTY_NAME.matcher(name).matches()) {
      why = "a name the proposal writes has only letters, digits and _, not starting with a digit";
    } else {
      return null;
    }
    return "the field name "
        + shown
        + " was not applied: "
        + why
        + "; add the field by hand if the page means it";
  }

  String fieldAdded(Drift d, PageFacts.Field f) {
    String properties = d.pointer();
    int dot = f.path().lastIndexOf('.');
    if (dot > 0 && addedSchemas.containsKey(f.path().substring(0, dot))) {
      properties = addedSchemas.get(f.path().substring(0, dot)) + "/properties";
    }
    String schema = parent(properties, 1);
    if (!yaml.exists(properties)) {
      yaml.addEntry(schema, "properties", null, null);
    }
    String name = f.name();
    if (yaml.exists(properties + "/" + SpecDocument.escape(name))) {
      return "already added to " + properties + " (a schema two fields share)";
    }
    List<String> block = new ArrayList<>();
    String type = f.jsonType();
    block.add("type: " + type);
    if (type.equals("array")) {
      String item = itemType(f.type());
      block.add("items:");
      block.add("  type: " + item);
    }
    if ("YYYY-MM-DD".equals(f.valueFormat())) {
      block.add("format: date");
    }
    if (!f.description().isEmpty()) {
      block.add("description: " + YamlLines.quote(f.description()));
    }
    if (!f.enumValues().isEmpty()) {
      boolean number = type.equals("integer");
      block.add("enum:");
      f.enumValues().forEach(v -> block.add("  - " + literal(v.value(), number)));
      block.add("x-enum-descriptions:");
      f.enumValues()
          .forEach(
              v ->
                  block.add(
                      "  " + literal(v.value(), number) + ": " + YamlLines.quote(v.description())));
    }
    if (f.example() != null) {
      block.add(
          "example: " + literal(f.example(), type.equals("integer") || type.equals("number")));
    }
    if (type.equals("object")) {
      block.add("properties: {}");
    }
    yaml.addEntry(properties, name, null, block);
    String pointer = properties + "/" + SpecDocument.escape(name);
    addedSchemas.put(f.path(), pointer);
    String edit = "added " + name + " (" + type + ") to " + properties;
    if (Boolean.TRUE.equals(f.required())) {
      addRequired(schema, name);
      edit += ", required";
    }
    return edit;
  }

  private static String itemType(String docType) {
    String inner = docType.substring(0, Math.max(0, docType.length() - 2)).strip();
    return switch (inner.toLowerCase(Locale.ROOT)) {
      case "string" -> "string";
      case "int", "integer", "int32", "int64", "long" -> "integer";
      case "float", "double", "number" -> "number";
      case "boolean", "bool" -> "boolean";
      default -> "object";
    };
  }

  static String literal(String value, boolean number) {
    return number && value.matches("-?\\d+(\\.\\d+)?") ? value : YamlLines.quote(value);
  }

  private void addRequired(String schema, String name) {
    if (yaml.exists(schema + "/required") && indexOf(schema + "/required", name) >= 0) {
      return;
    }
    if (yaml.exists(schema + "/required")) {
      yaml.addItem(schema + "/required", YamlLines.quote(name), null);
    } else {
      yaml.addEntry(schema, "required", null, List.of("- " + YamlLines.quote(name)));
    }
  }

  private void removeRequired(String schema, String name) {
    String required = schema + "/required";
    if (!yaml.exists(required)) {
      return;
    }
    int i = indexOf(required, name);
    if (i < 0) {
      return;
    }
    if (yaml.size(required) == 1) {
      yaml.remove(required); // OpenAPI 3.0: required needs at least one name
    } else {
      yaml.remove(required + "/" + i);
    }
  }

  String fieldRemoved(Drift d) {
    String name = last(d.pointer());
    String schema = parent(d.pointer(), 2);
    if (!yaml.exists(d.pointer())) {
      return "already removed " + d.pointer() + " (a schema two fields share)";
    }
    yaml.remove(d.pointer());
    removeRequired(schema, name);
    return "removed " + d.pointer();
  }

  String requiredChanged(Drift d) {
    String schema = parent(d.pointer(), 1);
    String name = d.subject().substring(d.subject().lastIndexOf('.') + 1);
    if ("required".equals(d.newValue())) {
      addRequired(schema, name);
      return "added " + name + " to " + d.pointer();
    } else {
      removeRequired(schema, name);
      return "removed " + name + " from " + d.pointer();
    }
  }

  void setOrAdd(String mapping, String key, String value) {
    if (yaml.exists(mapping + "/" + key)) {
      yaml.set(mapping + "/" + key, value);
    } else {
      yaml.addEntry(mapping, key, value, null);
    }
  }
}
