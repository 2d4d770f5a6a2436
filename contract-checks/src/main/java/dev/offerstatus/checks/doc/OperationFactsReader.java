package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.SpecDocument.Located;
import dev.offerstatus.checks.SpecDocument.SpecOperation;
import dev.offerstatus.checks.doc.OperationFacts.Body;
import dev.offerstatus.checks.doc.OperationFacts.NamedExample;
import dev.offerstatus.checks.doc.OperationFacts.Param;
import dev.offerstatus.checks.doc.OperationFacts.Rule;
import dev.offerstatus.checks.doc.OperationFacts.SchemaField;
import dev.offerstatus.checks.doc.OperationFacts.ScopeRule;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractRule;
import dev.offerstatus.spec.DateAfterRule;
import dev.offerstatus.spec.RequiredWhenRule;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link OperationFacts} of one operation from the spec's tree and its contract model.
 */
final class OperationFactsReader {
  private final SpecDocument spec;
  private final SpecOperation operation;
  private final Map<String, Param> pathParameters = new LinkedHashMap<>();
  private final Map<String, Param> queryParameters = new LinkedHashMap<>();
  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, ScopeRule> fieldScopes = new LinkedHashMap<>();
  private Body request = Body.NONE;
  private Body response = Body.NONE;

  OperationFactsReader(SpecDocument spec, SpecOperation operation) {
    this.spec = spec;
    this.operation = operation;
    JsonNode pathItem =
        spec.at(operation.pointer().substring(0, operation.pointer().lastIndexOf('/')));
    parameters(operation.node().path("parameters"), operation.pointer() + "/parameters");
    parameters(
        pathItem.path("parameters"), operation.pointer().replaceAll("/[^/]+$", "") + "/parameters");

    Located body =
        spec.resolve(operation.node().path("requestBody"), operation.pointer() + "/requestBody");
    Located media = json(body.node().path("content"), body.pointer() + "/content");
    if (media != null) {
      request = body(media, true);
    }
    JsonNode declared = operation.node().path("x-field-scopes");
    for (int i = 0; i < declared.size(); i++) {
      JsonNode entry = declared.get(i);
      List<String> anyOf = new ArrayList<>();
      entry.path("any-of").forEach(n -> anyOf.add(n.asText()));
      String pointer = operation.pointer() + "/x-field-scopes/" + i;
      entry.path("fields").forEach(f -> fieldScopes.put(f.asText(), new ScopeRule(anyOf, pointer)));
      JsonNode when = entry.path("when");
      if (when.has("parameter")) {
        fieldScopes.put(
            when.path("parameter").asText() + " = " + when.path("equals").asText(),
            new ScopeRule(anyOf, pointer));
      }
    }
    JsonNode responses = operation.node().path("responses");
    String success = null;
    for (var it = responses.fieldNames(); it.hasNext(); ) {
      String status = it.next();
      if (success == null && status.startsWith("2")) {
        success = status;
      }
    }
    if (success != null) {
      Located answer =
          spec.resolve(
              responses.path(success),
              operation.pointer() + "/responses/" + SpecDocument.escape(success));
      Located content = json(answer.node().path("content"), answer.pointer() + "/content");
      if (content != null) {
        response = body(content, false);
      }
    }
  }

  /** The body of a JSON media type object: its schema's fields at any depth and its examples. */
  private Body body(Located media, boolean request) {
    Located schema = spec.resolve(media.node().path("schema"), media.pointer() + "/schema");
    Map<String, SchemaField> fields = new LinkedHashMap<>();
    walk(schema, "", fields, request, 0);
    return new Body(schema.pointer(), media.pointer(), fields, examples(media));
  }

  OperationFacts facts() {
    return new OperationFacts(
        spec, operation, pathParameters, queryParameters, request, response, rules, fieldScopes);
  }

  /** The x-contract-rules the contract model read for the schema at that pointer. */
  private List<ContractRule> rulesAt(String schemaPointer) {
    ContractModel model = spec.model();
    List<ContractRule> found = new ArrayList<>();
    model.schemas().values().forEach(s -> collect(s, schemaPointer, found));
    model.operations().stream()
        .flatMap(op -> op.requestBody().stream())
        .forEach(b -> collect(b.schema(), schemaPointer, found));
    return found;
  }

  private static void collect(Schema schema, String pointer, List<ContractRule> into) {
    if (schema.pointer().equals(pointer)) {
      into.addAll(schema.rules());
      return;
    }
    schema.properties().values().forEach(p -> collect(p, pointer, into));
    if (schema.items() != null) {
      collect(schema.items(), pointer, into);
    }
  }

  private void parameters(JsonNode list, String pointer) {
    for (int i = 0; i < list.size(); i++) {
      Located p = spec.resolve(list.get(i), pointer + "/" + i);
      String in = p.node().path("in").asText();
      Map<String, Param> into =
          "path".equals(in) ? pathParameters : "query".equals(in) ? queryParameters : null;
      if (into == null) {
        continue;
      }
      Located schema = spec.resolve(p.node().path("schema"), p.pointer() + "/schema");
      JsonNode s = schema.node();
      JsonNode example = p.node().has("example") ? p.node().get("example") : s.get("example");
      String name = p.node().path("name").asText();
      List<String> enumValues = new ArrayList<>();
      s.path("enum").forEach(v -> enumValues.add(v.asText()));
      Map<String, String> enumDescriptions = new LinkedHashMap<>();
      s.path("x-enum-descriptions")
          .properties()
          .forEach(e -> enumDescriptions.put(e.getKey(), e.getValue().asText()));
      into.putIfAbsent(
          name,
          new Param(
              name,
              p.node().path("required").asBoolean(false),
              s.path("type").asText(""),
              example == null ? null : example.asText(),
              enumValues,
              enumDescriptions,
              s.has("default") ? s.get("default").asText() : null,
              s.has("maximum") ? s.get("maximum").asLong() : null,
              p.pointer(),
              schema.pointer()));
    }
  }

  private static Located json(JsonNode content, String pointer) {
    for (var entry : content.properties()) {
      if (entry.getKey().startsWith("application/json")) {
        return new Located(entry.getValue(), pointer + "/" + SpecDocument.escape(entry.getKey()));
      }
    }
    return null;
  }

  private List<NamedExample> examples(Located media) {
    List<NamedExample> into = new ArrayList<>();
    JsonNode named = media.node().path("examples");
    for (var entry : named.properties()) {
      String pointer = media.pointer() + "/examples/" + SpecDocument.escape(entry.getKey());
      Located example = spec.resolve(entry.getValue(), pointer);
      into.add(
          new NamedExample(
              entry.getKey(), example.node().path("value"), example.pointer() + "/value"));
    }
    if (media.node().has("example")) {
      into.add(
          new NamedExample("example", media.node().get("example"), media.pointer() + "/example"));
    }
    return into;
  }

  private void walk(
      Located schema, String prefix, Map<String, SchemaField> into, boolean request, int depth) {
    if (depth > 16) {
      return;
    }
    if (request) {
      for (ContractRule r : rulesAt(schema.pointer())) {
        List<String> values = new ArrayList<>();
        String whenField = null;
        String after = null;
        String kind;
        if (r instanceof RequiredWhenRule when) {
          kind = "required-when";
          whenField = qualify(prefix, when.whenField());
          when.values()
              .forEach(
                  v -> values.add(v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
        } else {
          kind = "date-after";
          after = qualify(prefix, ((DateAfterRule) r).after());
        }
        rules.add(
            new Rule(
                r.id(), kind, qualify(prefix, r.field()), after, whenField, values, r.pointer()));
      }
    }
    JsonNode properties = schema.node().path("properties");
    List<String> required = new ArrayList<>();
    schema.node().path("required").forEach(n -> required.add(n.asText()));
    for (var entry : properties.properties()) {
      String name = entry.getKey();
      String pointer = schema.pointer() + "/properties/" + SpecDocument.escape(name);
      Located property = spec.resolve(entry.getValue(), pointer);
      JsonNode p = property.node();
      String path = qualify(prefix, name);
      List<String> enumValues = new ArrayList<>();
      p.path("enum").forEach(v -> enumValues.add(v.asText()));
      Map<String, String> enumDescriptions = new LinkedHashMap<>();
      p.path("x-enum-descriptions")
          .properties()
          .forEach(e -> enumDescriptions.put(e.getKey(), e.getValue().asText()));
      JsonNode example = p.has("example") ? p.get("example") : entry.getValue().get("example");
      String type = p.path("type").asText(p.has("properties") ? "object" : "");
      into.put(
          path,
          new SchemaField(
              path,
              type,
              p.path("format").asText(null),
              required.contains(name),
              enumValues,
              enumDescriptions,
              example == null || example.isObject()
                  ? null
                  : example.isArray() ? example.toString() : example.asText(),
              pointer,
              property.pointer(),
              schema.pointer()));
      if (type.equals("object")) {
        walk(property, path, into, request, depth + 1);
      } else if (type.equals("array")) {
        Located items = spec.resolve(p.path("items"), property.pointer() + "/items");
        if (items.node().path("type").asText("").equals("object")
            || items.node().has("properties")) {
          walk(items, path, into, request, depth + 1);
        }
      }
    }
  }

  private static String qualify(String prefix, String path) {
    return prefix.isEmpty() ? path : prefix + "." + path;
  }
}
