package dev.offerstatus.spec;

import static dev.offerstatus.spec.ContractModel.SCHEMAS;
import static dev.offerstatus.spec.ContractModel.escape;
import static dev.offerstatus.spec.ContractModel.unescape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the typed facts of {@link ContractModel} from the YAML tree: every fact of the wrong shape
 * is refused with an {@link InvalidSpecException} naming its JSON pointer.
 */
final class ContractReader {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode root;

  ContractReader(JsonNode root) {
    this.root = root;
  }

  /** The component schemas, their $refs checked. */
  Map<String, Schema> schemas() {
    Map<String, Schema> schemas = schemas(root);
    schemas.values().forEach(s -> checkRefs(s, schemas));
    return Collections.unmodifiableMap(schemas);
  }

  /** The root x-platform-error-codes. */
  List<DeclaredErrorCode> platformErrorCodes() {
    return errorCodes(root.get("x-platform-error-codes"), "#/x-platform-error-codes");
  }

  /** Every operation in document order; operationIds are unique. */
  List<Operation> operations() {
    Map<String, Schema> schemas = schemas(root);
    List<Operation> ops = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      String pathPointer = "#/paths/" + escape(path.getKey());
      if (!path.getValue().isObject()) {
        throw InvalidSpecException.at(pathPointer, "a path item must be a map.");
      }
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        if (!METHODS.contains(method.getKey())) {
          continue;
        }
        Operation op =
            operation(
                path.getKey(),
                path.getValue(),
                method.getKey(),
                method.getValue(),
                pathPointer + "/" + method.getKey());
        op.parameters().forEach(p -> checkRefs(p.schema(), schemas));
        op.requestBody().ifPresent(b -> checkRefs(b.schema(), schemas));
        if (!ids.add(op.operationId())) {
          throw InvalidSpecException.at(
              op.pointer() + "/operationId", "operationId " + op.operationId() + " is used twice.");
        }
        ops.add(op);
      }
    }
    return List.copyOf(ops);
  }

  private JsonNode at(String pointer) {
    return pointer.equals("#") ? root : root.at(pointer.substring(1));
  }

  /** A node and the pointer it was found at, after following {@code $ref}s. */
  private record Located(JsonNode node, String pointer) {}

  private Located follow(JsonNode node, String pointer) {
    JsonNode current = node;
    String at = pointer;
    for (int hops = 0; current != null && current.has("$ref"); hops++) {
      JsonNode ref = current.get("$ref");
      if (!ref.isTextual() || !ref.textValue().startsWith("#/")) {
        throw InvalidSpecException.at(
            at + "/$ref", "only local refs (#/...) are supported, got " + ref);
      }
      if (hops == 32) {
        throw InvalidSpecException.at(at + "/$ref", "more than 32 $ref hops (a cycle?).");
      }
      JsonNode target = at(ref.textValue());
      if (target.isMissingNode()) {
        throw InvalidSpecException.at(at + "/$ref", "unresolved ref " + ref.textValue());
      }
      current = target;
      at = ref.textValue();
    }
    return new Located(current, at);
  }

  private static Map<String, Schema> schemas(JsonNode root) {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    JsonNode components = root.path("components").path("schemas");
    for (Map.Entry<String, JsonNode> e : components.properties()) {
      schemas.put(e.getKey(), schema(e.getValue(), SCHEMAS + escape(e.getKey())));
    }
    return schemas;
  }

  private static void checkRefs(Schema schema, Map<String, Schema> schemas) {
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

  private static Schema schema(JsonNode node, String pointer) {
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
        Object scalar = scalarOrNull(v);
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
            p.getKey(), schema(p.getValue(), pointer + "/properties/" + escape(p.getKey())));
      }
    }
    Schema items = node.has("items") ? schema(node.get("items"), pointer + "/items") : null;
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
        rules(node.get("x-contract-rules"), pointer + "/x-contract-rules"),
        optionalText(node, "pattern", pointer),
        optionalInt(node, "minLength", pointer),
        optionalInt(node, "maxLength", pointer),
        optionalNumber(node, "minimum", pointer),
        optionalNumber(node, "maximum", pointer),
        node.has("default") ? scalarOrNull(node.get("default")) : null);
  }

  private static List<ContractRule> rules(JsonNode rules, String pointer) {
    if (rules == null) {
      return List.of();
    }
    if (!rules.isArray()) {
      throw new InvalidSpecException(
          pointer + ": x-contract-rules must be a list.", pointer, 0, 0, null);
    }
    List<ContractRule> parsed = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      String at = pointer + "/" + i;
      JsonNode rule = rules.get(i);
      if (!rule.isObject()) {
        throw InvalidSpecException.at(at, "a rule must be a map.");
      }
      String id = text(rule, "id", at);
      if (!ids.add(id)) {
        throw InvalidSpecException.at(at + "/id", "rule id " + id + " is used twice.");
      }
      String kind = text(rule, "kind", at);
      String doc = rule.path("doc").asText("");
      switch (kind) {
        case "required-when" -> parsed.add(requiredWhen(rule, id, doc, at));
        case "date-after" ->
            parsed.add(
                new DateAfterRule(
                    id,
                    text(rule, "field", at),
                    text(rule, "after", at),
                    !rule.has("strict") || bool(rule.get("strict"), at + "/strict"),
                    doc,
                    at));
        default ->
            throw InvalidSpecException.at(
                at + "/kind",
                "unknown rule kind " + kind + " (known kinds: required-when, date-after).");
      }
    }
    return parsed;
  }

  private static RequiredWhenRule requiredWhen(JsonNode rule, String id, String doc, String at) {
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
    return new RequiredWhenRule(id, text(rule, "field", at), whenField, values, in, doc, at);
  }

  private Operation operation(
      String path, JsonNode pathItem, String method, JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw InvalidSpecException.at(pointer, "an operation must be a map.");
    }
    String id = optionalText(node, "operationId", pointer);
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    String pathPointer = pointer.substring(0, pointer.lastIndexOf('/'));
    parameters(pathItem.get("parameters"), pathPointer + "/parameters", parameters);
    parameters(node.get("parameters"), pointer + "/parameters", parameters);
    Optional<Body> requestBody = Optional.empty();
    if (node.has("requestBody")) {
      Located body = follow(node.get("requestBody"), pointer + "/requestBody");
      requestBody = body(body.node().path("content"), body.pointer() + "/content");
    }
    Map<String, Response> responses = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> r : node.path("responses").properties()) {
      Located response = follow(r.getValue(), pointer + "/responses/" + escape(r.getKey()));
      responses.put(
          r.getKey(),
          new Response(
              r.getKey(),
              response.node().path("description").asText(""),
              body(response.node().path("content"), response.pointer() + "/content"),
              response.pointer()));
    }
    JsonNode security = node.has("security") ? node.get("security") : root.get("security");
    boolean authenticated = false;
    if (security != null && security.isArray() && !security.isEmpty()) {
      authenticated = true;
      for (JsonNode requirement : security) {
        authenticated &= !(requirement.isObject() && requirement.isEmpty());
      }
    }
    return new Operation(
        id == null ? method.toUpperCase(Locale.ROOT) + " " + path : id,
        method.toUpperCase(Locale.ROOT),
        path,
        pointer,
        node.path("summary").asText(""),
        List.copyOf(parameters.values()),
        requestBody,
        responses,
        rateLimit(node.get("x-rate-limit"), pointer + "/x-rate-limit"),
        strings(node.get("x-required-scopes"), pointer + "/x-required-scopes", "scope names"),
        errorCodes(node.get("x-error-codes"), pointer + "/x-error-codes"),
        upstreamDoc(node.get("x-upstream-doc"), pointer + "/x-upstream-doc"),
        transitions(node.get("x-offer-transitions"), pointer + "/x-offer-transitions"),
        pagination(node.get("x-pagination"), pointer + "/x-pagination"),
        authenticated);
  }

  private void parameters(JsonNode list, String pointer, Map<String, Parameter> into) {
    if (list == null) {
      return;
    }
    if (!list.isArray()) {
      throw InvalidSpecException.at(
          pointer, "must be a list of parameters, found " + describe(list) + ".");
    }
    for (int i = 0; i < list.size(); i++) {
      Located p = follow(list.get(i), pointer + "/" + i);
      String name = text(p.node(), "name", p.pointer());
      String in = text(p.node(), "in", p.pointer());
      JsonNode schema = p.node().get("schema");
      into.put(
          in + ":" + name,
          new Parameter(
              name,
              in,
              p.node().path("required").asBoolean(false),
              schema == null
                  ? schema(JsonNodeFactory.instance.objectNode(), p.pointer() + "/schema")
                  : schema(schema, p.pointer() + "/schema"),
              p.pointer()));
    }
  }

  private Optional<Body> body(JsonNode content, String pointer) {
    for (Map.Entry<String, JsonNode> media : content.properties()) {
      String type = media.getKey();
      if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        continue;
      }
      String at = pointer + "/" + escape(type);
      JsonNode schemaNode = media.getValue().get("schema");
      Schema schema =
          schema(
              schemaNode == null ? JsonNodeFactory.instance.objectNode() : schemaNode,
              at + "/schema");
      Map<String, Example> examples = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : media.getValue().path("examples").properties()) {
        Located example = follow(e.getValue(), at + "/examples/" + escape(e.getKey()));
        JsonNode value = example.node().get("value");
        if (value != null) {
          examples.put(e.getKey(), new Example(e.getKey(), value, example.pointer() + "/value"));
        }
      }
      if (media.getValue().has("example")) {
        examples.put(
            "example", new Example("example", media.getValue().get("example"), at + "/example"));
      }
      return Optional.of(new Body(type, Optional.ofNullable(schema.ref()), schema, examples, at));
    }
    return Optional.empty();
  }

  private static Optional<DeclaredRateLimit> rateLimit(JsonNode node, String pointer) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map with per-second (and per-minute), found " + describe(node) + ".");
    }
    Integer perSecond = optionalPositive(node, "per-second", pointer);
    if (perSecond == null) {
      throw InvalidSpecException.at(pointer + "/per-second", "a positive integer is required.");
    }
    Integer perMinute = optionalPositive(node, "per-minute", pointer);
    return Optional.of(
        new DeclaredRateLimit(
            perSecond, perMinute == null ? OptionalInt.empty() : OptionalInt.of(perMinute)));
  }

  private static List<DeclaredErrorCode> errorCodes(JsonNode node, String pointer) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw InvalidSpecException.at(
          pointer, "must be a list of error codes, found " + describe(node) + ".");
    }
    List<DeclaredErrorCode> codes = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String at = pointer + "/" + i;
      JsonNode entry = node.get(i);
      if (!entry.isObject()) {
        throw InvalidSpecException.at(at, "an error code must be a map.");
      }
      int code = requiredInt(entry, "code", at);
      if (!seen.add(code)) {
        throw InvalidSpecException.at(at + "/code", "code " + code + " is declared twice.");
      }
      int status = requiredInt(entry, "http-status", at);
      if (status < 100 || status > 599) {
        throw InvalidSpecException.at(at + "/http-status", "not an HTTP status: " + status + ".");
      }
      String kindText = text(entry, "kind", at);
      ErrorKind kind =
          ErrorKind.byId(kindText)
              .orElseThrow(
                  () ->
                      InvalidSpecException.at(
                          at + "/kind",
                          "unknown kind " + kindText + " (known kinds: " + ErrorKind.ids() + ")."));
      codes.add(
          new DeclaredErrorCode(
              code,
              status,
              kind,
              Objects.requireNonNullElse(optionalText(entry, "description", at), ""),
              Objects.requireNonNullElse(optionalText(entry, "advice", at), ""),
              at));
    }
    return List.copyOf(codes);
  }

  private static Optional<UpstreamDoc> upstreamDoc(JsonNode node, String pointer) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map (source_url, last_remote_update, snapshot).");
    }
    return Optional.of(
        new UpstreamDoc(
            text(node, "source_url", pointer),
            text(node, "last_remote_update", pointer),
            text(node, "snapshot", pointer)));
  }

  private static List<OfferTransition> transitions(JsonNode node, String pointer) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw InvalidSpecException.at(
          pointer, "must be a list of transitions, found " + describe(node) + ".");
    }
    List<OfferTransition> transitions = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String at = pointer + "/" + i;
      JsonNode t = node.get(i);
      if (!t.isObject()) {
        throw InvalidSpecException.at(at, "a transition must be a map (operation, from, to).");
      }
      transitions.add(
          new OfferTransition(
              text(t, "operation", at),
              requiredInt(t, "from", at),
              requiredInt(t, "to", at),
              Optional.ofNullable(optionalText(t, "assumption", at))));
    }
    return List.copyOf(transitions);
  }

  private static Optional<Pagination> pagination(JsonNode node, String pointer) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(pointer, "must be a map, found " + describe(node) + ".");
    }
    return Optional.of(
        new Pagination(
            text(node, "page-token-parameter", pointer),
            text(node, "page-size-parameter", pointer),
            text(node, "has-more", pointer),
            text(node, "next-page-token", pointer),
            text(node, "items", pointer)));
  }

  String tokenOperationId(Map<String, Operation> ids) {
    String found = null;
    for (Map.Entry<String, JsonNode> scheme :
        root.path("components").path("securitySchemes").properties()) {
      String at = "#/components/securitySchemes/" + escape(scheme.getKey());
      String id = optionalText(scheme.getValue(), "x-token-operation", at);
      if (id == null) {
        continue;
      }
      if (!ids.containsKey(id)) {
        throw InvalidSpecException.at(
            at + "/x-token-operation",
            "no operation has the operationId " + id + " (it has: " + known(ids.keySet()) + ").");
      }
      if (found == null) {
        found = id;
      }
    }
    return found;
  }

  TokenPolicy tokenPolicy(String operationPointer) {
    String pointer = operationPointer + "/x-token-policy";
    JsonNode node = at(pointer);
    if (node.isMissingNode()) {
      return null;
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map (max-lifetime-seconds, reissue-below-seconds).");
    }
    Integer max = optionalPositive(node, "max-lifetime-seconds", pointer);
    Integer below = optionalPositive(node, "reissue-below-seconds", pointer);
    if (max == null) {
      throw InvalidSpecException.at(
          pointer + "/max-lifetime-seconds", "a positive integer is required.");
    }
    if (below == null || below > max) {
      throw InvalidSpecException.at(
          pointer + "/reissue-below-seconds",
          "a positive integer not above max-lifetime-seconds is required.");
    }
    return new TokenPolicy(java.time.Duration.ofSeconds(max), java.time.Duration.ofSeconds(below));
  }

  private static List<String> strings(JsonNode node, String pointer, String what) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw InvalidSpecException.at(
          pointer, "must be a list of " + what + ", found " + describe(node) + ".");
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

  static String known(Set<String> names) {
    return String.join(", ", new TreeSet<>(names));
  }

  private static String describe(JsonNode node) {
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

  /** A scalar in normalized form, or null for JSON null; refuses containers. */
  private static Object scalar(JsonNode node, String at) {
    Object scalar = scalarOrNull(node);
    if (scalar == null) {
      throw InvalidSpecException.at(at, "must be a string, number or boolean.");
    }
    return scalar;
  }

  private static Object scalarOrNull(JsonNode node) {
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

  private static boolean bool(JsonNode node, String at) {
    if (!node.isBoolean()) {
      throw InvalidSpecException.at(at, "must be true or false.");
    }
    return node.booleanValue();
  }

  private static String text(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw InvalidSpecException.at(at + "/" + key, "a non-blank string is required.");
    }
    return value.textValue();
  }

  private static String optionalText(JsonNode node, String key, String at) {
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

  private static int requiredInt(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
      throw InvalidSpecException.at(
          at + "/" + key,
          "an integer is required, found " + (value == null ? "nothing" : describe(value)) + ".");
    }
    return value.intValue();
  }

  private static Integer optionalInt(JsonNode node, String key, String at) {
    return node.has(key) ? requiredInt(node, key, at) : null;
  }

  private static Integer optionalPositive(JsonNode node, String key, String at) {
    Integer value = optionalInt(node, key, at);
    if (value != null && value < 1) {
      throw InvalidSpecException.at(at + "/" + key, "a positive integer is required.");
    }
    return value;
  }

  private static BigDecimal optionalNumber(JsonNode node, String key, String at) {
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
}
