package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.offerstatus.spec.ContractResources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.PatternSyntaxException;

/**
 * Everything the rules read from one OpenAPI spec: the component schemas with their {@code
 * x-contract-rules}, the request body schema and the path parameter of the request operation.
 * Immutable and thread-safe.
 */
public final class Contract {
  private static final String SCHEMAS = "#/components/schemas/";
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final Map<String, Schema> schemas;
  private final String requestSchemaName;
  private final PathParameter pathParameter;
  private final Map<Class<?>, List<ContractRule>> rulesByClass = new ConcurrentHashMap<>();

  private Contract(
      Map<String, Schema> schemas, String requestSchemaName, PathParameter pathParameter) {
    this.schemas = schemas;
    this.requestSchemaName = requestSchemaName;
    this.pathParameter = pathParameter;
  }

  private static final class ClasspathHolder {
    static final Contract INSTANCE = parse(ContractResources.read(ContractResources.OPENAPI));
  }

  /** The contract of the spec shipped in {@code offer-status-spec}, parsed once. */
  public static Contract classpath() {
    return ClasspathHolder.INSTANCE;
  }

  /**
   * Parses a spec (YAML or JSON text).
   *
   * @throws IllegalArgumentException naming the JSON pointer of what cannot be read
   */
  public static Contract parse(String openApi) {
    Objects.requireNonNull(openApi, "openApi == null");
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(openApi);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The spec is not valid YAML at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("The spec is not an OpenAPI document (no top-level map).");
    }
    Map<String, Schema> schemas = new LinkedHashMap<>();
    JsonNode components = root.path("components").path("schemas");
    for (Map.Entry<String, JsonNode> e : components.properties()) {
      schemas.put(e.getKey(), parseSchema(e.getValue(), SCHEMAS + pointerEscape(e.getKey())));
    }
    Contract partial = new Contract(Map.copyOf(schemas), null, null);
    for (Map.Entry<String, Schema> e : schemas.entrySet()) {
      partial.checkRefs(e.getValue(), SCHEMAS + pointerEscape(e.getKey()));
    }
    String requestSchema = null;
    PathParameter pathParameter = null;
    outer:
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        String pointer = "#/paths/" + pointerEscape(path.getKey()) + "/" + op.getKey();
        String body = requestSchemaOf(root, op.getValue(), pointer);
        if (body == null) {
          continue;
        }
        if (!schemas.containsKey(body)) {
          throw new IllegalArgumentException(
              pointer + "/requestBody: schema " + body + " is not in #/components/schemas.");
        }
        requestSchema = body;
        pathParameter = pathParameterOf(root, path.getValue(), op.getValue(), pointer);
        break outer;
      }
    }
    return new Contract(Map.copyOf(schemas), requestSchema, pathParameter);
  }

  /** The component schema of that name, or null. */
  Schema schema(String name) {
    return schemas.get(name);
  }

  /**
   * The component schema of that name.
   *
   * @throws IllegalArgumentException naming the known schemas when there is none
   */
  Schema requireSchema(String name) {
    Schema schema = schemas.get(name);
    if (schema == null) {
      throw new IllegalArgumentException(
          "The spec has no schema "
              + SCHEMAS
              + name
              + " (it has: "
              + String.join(", ", new TreeSet<>(schemas.keySet()))
              + ").");
    }
    return schema;
  }

  /** Follows a schema's {@code $ref} to its component. */
  Schema resolve(Schema schema) {
    Schema s = schema;
    for (int hops = 0; s.ref() != null && hops <= schemas.size(); hops++) {
      s = schemas.get(s.ref());
    }
    return s;
  }

  /**
   * The {@code x-contract-rules} of the schema of a bean: the one named by {@code schema}, else the
   * one named like the class (cached per class).
   */
  public List<ContractRule> rules(Class<?> type, String schema) {
    if (!schema.isEmpty()) {
      return rules(schema);
    }
    return rulesByClass.computeIfAbsent(type, t -> rules(t.getSimpleName()));
  }

  /** The {@code x-contract-rules} of a component schema (empty when it has none or is unknown). */
  public List<ContractRule> rules(String schemaName) {
    Schema schema = schemas.get(schemaName);
    return schema == null ? List.of() : resolve(schema).rules();
  }

  /**
   * The component schema of the first operation with a JSON request body.
   *
   * @throws IllegalStateException when the spec has no such operation
   */
  public String requestSchemaName() {
    if (requestSchemaName == null) {
      throw new IllegalStateException(
          "The spec has no operation with a JSON request body that refers to "
              + SCHEMAS
              + "...: use validateSchema.");
    }
    return requestSchemaName;
  }

  /** The request operation's path parameter, or null when it has none. */
  public PathParameter pathParameter() {
    return pathParameter;
  }

  private void checkRefs(Schema schema, String pointer) {
    if (schema.ref() != null && !schemas.containsKey(schema.ref())) {
      throw new IllegalArgumentException(
          pointer + "/$ref: schema " + schema.ref() + " is not in #/components/schemas.");
    }
    for (Map.Entry<String, Schema> p : schema.properties().entrySet()) {
      checkRefs(p.getValue(), pointer + "/properties/" + pointerEscape(p.getKey()));
    }
    if (schema.items() != null) {
      checkRefs(schema.items(), pointer + "/items");
    }
  }

  private static Schema parseSchema(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(pointer + ": a schema must be a map.");
    }
    JsonNode refNode = node.get("$ref");
    String ref = null;
    if (refNode != null) {
      String text = refNode.asText();
      if (!text.startsWith(SCHEMAS)) {
        throw new IllegalArgumentException(
            pointer + "/$ref: only local refs to " + SCHEMAS + "... are supported, got " + text);
      }
      ref = pointerUnescape(text.substring(SCHEMAS.length()));
    }
    List<Object> enumValues = new ArrayList<>();
    for (JsonNode v : node.path("enum")) {
      Object scalar = Scalars.of(v);
      if (scalar != null) {
        enumValues.add(scalar);
      }
    }
    List<String> required = new ArrayList<>();
    for (JsonNode r : node.path("required")) {
      required.add(r.asText());
    }
    Map<String, Schema> properties = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> p : node.path("properties").properties()) {
      properties.put(
          p.getKey(),
          parseSchema(p.getValue(), pointer + "/properties/" + pointerEscape(p.getKey())));
    }
    Schema items = node.has("items") ? parseSchema(node.get("items"), pointer + "/items") : null;
    return new Schema(
        ref,
        node.hasNonNull("type") ? node.get("type").asText() : null,
        node.hasNonNull("format") ? node.get("format").asText() : null,
        node.path("nullable").asBoolean(false),
        List.copyOf(enumValues),
        List.copyOf(required),
        Collections.unmodifiableMap(properties),
        items,
        parseRules(node.get("x-contract-rules"), pointer + "/x-contract-rules"));
  }

  private static List<ContractRule> parseRules(JsonNode rules, String pointer) {
    if (rules == null) {
      return List.of();
    }
    if (!rules.isArray()) {
      throw new IllegalArgumentException(pointer + ": x-contract-rules must be a list.");
    }
    List<ContractRule> parsed = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      String at = pointer + "/" + i;
      JsonNode rule = rules.get(i);
      String id = text(rule, "id", at);
      if (!ids.add(id)) {
        throw new IllegalArgumentException(at + "/id: rule id " + id + " is used twice.");
      }
      String kind = text(rule, "kind", at);
      switch (kind) {
        case "required-when" -> parsed.add(parseRequiredWhen(rule, id, at));
        case "date-after" ->
            parsed.add(
                new DateAfterRule(
                    id,
                    text(rule, "field", at),
                    text(rule, "after", at),
                    !rule.has("strict") || bool(rule.get("strict"), at + "/strict")));
        default ->
            throw new IllegalArgumentException(
                at
                    + "/kind: unknown rule kind "
                    + kind
                    + " (known kinds: required-when, date-after).");
      }
    }
    return List.copyOf(parsed);
  }

  private static RequiredWhenRule parseRequiredWhen(JsonNode rule, String id, String at) {
    JsonNode when = rule.get("when");
    if (when == null || !when.isObject()) {
      throw new IllegalArgumentException(at + "/when: a required-when rule needs a when map.");
    }
    String whenField = text(when, "field", at + "/when");
    boolean in = when.has("in");
    if (in == when.has("equals")) {
      throw new IllegalArgumentException(
          at + "/when: give exactly one of equals: <scalar> or in: [<scalar>, ...].");
    }
    List<Object> values = new ArrayList<>();
    if (in) {
      JsonNode list = when.get("in");
      if (!list.isArray() || list.isEmpty()) {
        throw new IllegalArgumentException(at + "/when/in: must be a non-empty list of scalars.");
      }
      for (int j = 0; j < list.size(); j++) {
        values.add(scalar(list.get(j), at + "/when/in/" + j));
      }
    } else {
      values.add(scalar(when.get("equals"), at + "/when/equals"));
    }
    return new RequiredWhenRule(id, text(rule, "field", at), whenField, List.copyOf(values), in);
  }

  private static Object scalar(JsonNode node, String at) {
    Object scalar = Scalars.of(node);
    if (scalar == null) {
      throw new IllegalArgumentException(at + ": must be a string, number or boolean.");
    }
    return scalar;
  }

  private static boolean bool(JsonNode node, String at) {
    if (!node.isBoolean()) {
      throw new IllegalArgumentException(at + ": must be true or false.");
    }
    return node.booleanValue();
  }

  private static String text(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new IllegalArgumentException(at + "/" + key + ": a non-blank string is required.");
    }
    return value.textValue();
  }

  private static String requestSchemaOf(JsonNode root, JsonNode op, String pointer) {
    JsonNode body = follow(root, op.get("requestBody"));
    if (body == null) {
      return null;
    }
    for (Map.Entry<String, JsonNode> media : body.path("content").properties()) {
      if (media.getKey().startsWith("application/json")) {
        String ref = media.getValue().path("schema").path("$ref").asText("");
        if (!ref.startsWith(SCHEMAS)) {
          throw new IllegalArgumentException(
              pointer
                  + "/requestBody: the JSON body schema must be a $ref to "
                  + SCHEMAS
                  + "... (rules attach to named schemas).");
        }
        return pointerUnescape(ref.substring(SCHEMAS.length()));
      }
    }
    return null;
  }

  private static PathParameter pathParameterOf(
      JsonNode root, JsonNode pathItem, JsonNode op, String pointer) {
    List<JsonNode> parameters = new ArrayList<>();
    op.path("parameters").forEach(parameters::add);
    pathItem.path("parameters").forEach(parameters::add);
    for (JsonNode candidate : parameters) {
      JsonNode parameter = follow(root, candidate);
      if (parameter != null && "path".equals(parameter.path("in").asText())) {
        JsonNode schema = follow(root, parameter.path("schema"));
        String patternText = schema.path("pattern").asText(null);
        try {
          return new PathParameter(
              parameter.path("name").asText(),
              schema.path("minLength").asInt(0),
              schema.path("maxLength").asInt(Integer.MAX_VALUE),
              patternText == null ? null : EcmaRegex.compile(patternText));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              pointer
                  + "/parameters: the path parameter's pattern does not compile: "
                  + patternText,
              e);
        }
      }
    }
    return null;
  }

  private static JsonNode follow(JsonNode root, JsonNode node) {
    if (node == null) {
      return null;
    }
    JsonNode current = node;
    for (int hops = 0; current.has("$ref") && hops < 16; hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("Only local refs are supported, got " + ref);
      }
      current = root.at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new IllegalArgumentException("Unresolved ref " + ref);
      }
    }
    return current;
  }

  static String pointerEscape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String pointerUnescape(String key) {
    return key.replace("~1", "/").replace("~0", "~");
  }
}
