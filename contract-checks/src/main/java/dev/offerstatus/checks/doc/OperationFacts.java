package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import java.util.List;
import java.util.Map;

/**
 * The facts of one spec operation that a doc page states, each with its JSON pointer, in the shape
 * the comparisons need; read by {@link OperationFactsReader} from the contract model's records (its
 * {@code x-} extensions are read from the {@link Operation} itself).
 *
 * @param model the contract model of the spec the operation is in
 * @param operation the operation
 * @param pathParameters path parameters by name
 * @param queryParameters query parameters by name
 * @param request the JSON request body, or {@link Body#NONE}
 * @param response the JSON body of the first 2xx response, or {@link Body#NONE}
 * @param rules the request's x-contract-rules, their paths made absolute
 * @param fieldScopes x-field-scopes by subject: a field path ({@code data.offer.salary_plan}) or a
 *     parameter value ({@code user_id_type = user_id})
 */
record OperationFacts(
    ContractModel model,
    Operation operation,
    Map<String, Param> pathParameters,
    Map<String, Param> queryParameters,
    Body request,
    Body response,
    List<Rule> rules,
    Map<String, ScopeRule> fieldScopes) {
  OperationFacts {
    pathParameters = copy(pathParameters);
    queryParameters = copy(queryParameters);
    rules = List.copyOf(rules);
    fieldScopes = copy(fieldScopes);
  }

  /** The facts of {@code operation} of {@code model}. */
  static OperationFacts of(ContractModel model, Operation operation) {
    return new OperationFactsReader(model, operation).facts();
  }

  /** An insertion-ordered, unmodifiable copy (Map.copyOf would lose the spec's order). */
  private static <V> Map<String, V> copy(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }

  /** The pointer of a member of the operation. */
  String pointer(String suffix) {
    return operation.pointer() + "/" + suffix;
  }

  /**
   * A JSON body.
   *
   * @param schemaPointer where its schema is (after $refs), null without a body
   * @param mediaPointer its media type object, null without a body
   * @param fields its schema's properties at any depth, by dotted path
   * @param examples its named examples and its {@code example}
   */
  record Body(
      String schemaPointer,
      String mediaPointer,
      Map<String, SchemaField> fields,
      List<NamedExample> examples) {
    static final Body NONE = new Body(null, null, Map.of(), List.of());

    Body {
      fields = copy(fields);
      examples = List.copyOf(examples);
    }
  }

  /**
   * A path or query parameter.
   *
   * @param pointer where the parameter is declared (after $refs)
   * @param schemaPointer where its schema is (after $refs)
   */
  record Param(
      String name,
      boolean required,
      String type,
      String example,
      List<String> enumValues,
      Map<String, String> enumDescriptions,
      String defaultValue,
      Long maximum,
      String pointer,
      String schemaPointer) {}

  record NamedExample(String name, JsonNode value, String pointer) {}

  /** An x-field-scopes entry: any one of the scopes; {@code pointer} is the entry. */
  record ScopeRule(List<String> anyOf, String pointer) {}

  /**
   * A schema property.
   *
   * @param maxLength its {@code maxItems} (a list) or {@code maxLength} (a string), or null
   * @param pointer where the property is declared
   * @param schemaPointer where its schema is (after $refs)
   * @param parentPointer the schema holding it (its {@code required} and {@code properties})
   */
  record SchemaField(
      String path,
      String type,
      String format,
      boolean required,
      List<String> enumValues,
      Map<String, String> enumDescriptions,
      String example,
      Integer maxLength,
      String pointer,
      String schemaPointer,
      String parentPointer) {}

  /** An x-contract-rules entry with its paths made absolute (from the request body). */
  record Rule(
      String id,
      String kind,
      String field,
      String after,
      String whenField,
      List<String> whenValues,
      String pointer) {}
}
