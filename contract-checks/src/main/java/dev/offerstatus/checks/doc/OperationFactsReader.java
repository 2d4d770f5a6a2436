package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.doc.OperationFacts.Body;
import dev.offerstatus.checks.doc.OperationFacts.NamedExample;
import dev.offerstatus.checks.doc.OperationFacts.Param;
import dev.offerstatus.checks.doc.OperationFacts.Rule;
import dev.offerstatus.checks.doc.OperationFacts.SchemaField;
import dev.offerstatus.checks.doc.OperationFacts.ScopeRule;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractRule;
import dev.offerstatus.spec.DateAfterRule;
import dev.offerstatus.spec.FieldScope;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.RequiredWhenRule;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link OperationFacts} of one operation from the contract model's records: its
 * parameters, bodies (their schemas at any depth, examples and {@code x-contract-rules}) and {@code
 * x-field-scopes}. No node of the spec's tree is read here.
 */
final class OperationFactsReader {
  private final ContractModel model;
  private final Operation operation;
  private final Map<String, Param> pathParameters = new LinkedHashMap<>();
  private final Map<String, Param> queryParameters = new LinkedHashMap<>();
  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, ScopeRule> fieldScopes = new LinkedHashMap<>();
  private Body request = Body.NONE;
  private Body response = Body.NONE;

  OperationFactsReader(ContractModel model, Operation operation) {
    this.model = model;
    this.operation = operation;
    operation.parameters().forEach(this::parameter);
    operation.requestBody().ifPresent(b -> request = body(b, true));
    operation.successBody().ifPresent(b -> response = body(b, false));
    for (FieldScope scope : operation.fieldScopes()) {
      ScopeRule rule = new ScopeRule(scope.anyOf(), scope.pointer());
      scope.fields().forEach(field -> fieldScopes.put(field, rule));
      scope
          .when()
          .ifPresent(when -> fieldScopes.put(when.parameter() + " = " + when.equals(), rule));
    }
  }

  OperationFacts facts() {
    return new OperationFacts(
        model, operation, pathParameters, queryParameters, request, response, rules, fieldScopes);
  }

  /** A JSON body: its schema's fields at any depth and its examples. */
  private Body body(dev.offerstatus.spec.Body body, boolean request) {
    Schema schema = model.resolve(body.schema());
    Map<String, SchemaField> fields = new LinkedHashMap<>();
    walk(schema, "", fields, request, 0);
    List<NamedExample> examples = new ArrayList<>();
    body.examples()
        .values()
        .forEach(e -> examples.add(new NamedExample(e.name(), e.value(), e.pointer())));
    return new Body(schema.pointer(), body.pointer(), fields, examples);
  }

  private void parameter(Parameter p) {
    Map<String, Param> into =
        "path".equals(p.in()) ? pathParameters : "query".equals(p.in()) ? queryParameters : null;
    if (into == null) {
      return;
    }
    Schema s = model.resolve(p.schema());
    JsonNode example = p.example() != null ? p.example() : s.example();
    into.putIfAbsent(
        p.name(),
        new Param(
            p.name(),
            p.required(),
            s.type() == null ? "" : s.type(),
            example == null ? null : example.asText(),
            texts(s.enumValues()),
            labels(s),
            s.defaultValue() == null ? null : text(s.defaultValue()),
            s.maximum() == null ? null : s.maximum().longValue(),
            p.pointer(),
            s.pointer()));
  }

  private void walk(
      Schema schema, String prefix, Map<String, SchemaField> into, boolean request, int depth) {
    if (depth > 16) {
      return;
    }
    if (request) {
      schema.rules().forEach(r -> rules.add(rule(r, prefix)));
    }
    for (Map.Entry<String, Schema> entry : schema.properties().entrySet()) {
      String name = entry.getKey();
      Schema declared = entry.getValue();
      Schema p = model.resolve(declared);
      String path = qualify(prefix, name);
      JsonNode example = p.example() != null ? p.example() : declared.example();
      String type = p.type() != null ? p.type() : p.properties().isEmpty() ? "" : "object";
      into.put(
          path,
          new SchemaField(
              path,
              type,
              p.format(),
              schema.required().contains(name),
              texts(p.enumValues()),
              labels(p),
              example == null || example.isObject()
                  ? null
                  : example.isArray() ? example.toString() : example.asText(),
              "array".equals(type) ? p.maxItems() : p.maxLength(),
              declared.pointer(),
              p.pointer(),
              schema.pointer()));
      if (type.equals("object")) {
        walk(p, path, into, request, depth + 1);
      } else if (type.equals("array") && p.items() != null) {
        Schema items = model.resolve(p.items());
        if ("object".equals(items.type()) || !items.properties().isEmpty()) {
          walk(items, path, into, request, depth + 1);
        }
      }
    }
  }

  /** A rule with its paths made absolute (from the request body). */
  private static Rule rule(ContractRule r, String prefix) {
    if (r instanceof RequiredWhenRule when) {
      return new Rule(
          r.id(),
          "required-when",
          qualify(prefix, r.field()),
          null,
          qualify(prefix, when.whenField()),
          texts(when.values()),
          r.pointer());
    }
    return new Rule(
        r.id(),
        "date-after",
        qualify(prefix, r.field()),
        qualify(prefix, ((DateAfterRule) r).after()),
        null,
        List.of(),
        r.pointer());
  }

  /** The schema's enum labels by the value's text ({@code '1'} for 1). */
  private static Map<String, String> labels(Schema schema) {
    Map<String, String> labels = new LinkedHashMap<>();
    schema.enumLabels().forEach((value, label) -> labels.put(text(value), label));
    return labels;
  }

  private static List<String> texts(List<Object> values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(text(v)));
    return texts;
  }

  /** A normalized scalar as the doc writes it: {@code 10}, {@code open_id}, {@code true}. */
  private static String text(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  private static String qualify(String prefix, String path) {
    return prefix.isEmpty() ? path : prefix + "." + path;
  }
}
