package dev.offerstatus.spec;

import static dev.offerstatus.spec.ContractModel.escape;
import static dev.offerstatus.spec.SpecFields.describe;
import static dev.offerstatus.spec.SpecFields.optionalText;
import static dev.offerstatus.spec.SpecFields.strings;
import static dev.offerstatus.spec.SpecFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the typed facts of {@link ContractModel} from the YAML tree: the operations (paths,
 * parameters, bodies and examples, following local {@code $ref}s) here, the component schemas in
 * {@link SchemaReader}, the {@code x-} extensions in {@link ExtensionReader}. Every fact of the
 * wrong shape is refused with an {@link InvalidSpecException} naming its JSON pointer.
 */
final class ContractReader {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final String HEADERS = "#/components/headers/";

  private final JsonNode root;
  private final SpecLines lines;
  private List<DeclaredErrorCode> platformCodes;

  ContractReader(JsonNode root, SpecLines lines) {
    this.root = root;
    this.lines = lines;
  }

  /** The component schemas, their $refs checked. */
  Map<String, Schema> schemas() {
    Map<String, Schema> schemas = SchemaReader.schemas(root, lines);
    schemas.values().forEach(s -> SchemaReader.checkRefs(s, schemas));
    return Collections.unmodifiableMap(schemas);
  }

  /** The root x-platform-error-codes. */
  List<DeclaredErrorCode> platformErrorCodes() {
    if (platformCodes == null) {
      platformCodes =
          ExtensionReader.errorCodes(
              root.get("x-platform-error-codes"), "#/x-platform-error-codes", lines);
    }
    return platformCodes;
  }

  /** Every operation in document order; operationIds are unique. */
  List<Operation> operations() {
    Map<String, Schema> schemas = SchemaReader.schemas(root, lines);
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
                pathPointer + "/" + method.getKey(),
                schemas);
        op.parameters().forEach(p -> SchemaReader.checkRefs(p.schema(), schemas));
        op.requestBody().ifPresent(b -> SchemaReader.checkRefs(b.schema(), schemas));
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

  private Operation operation(
      String path,
      JsonNode pathItem,
      String method,
      JsonNode node,
      String pointer,
      Map<String, Schema> schemas) {
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
              headers(response.node().get("headers"), response.pointer() + "/headers"),
              response.pointer(),
              lines.of(response.pointer())));
    }
    JsonNode security = node.has("security") ? node.get("security") : root.get("security");
    boolean authenticated = false;
    if (security != null && security.isArray() && !security.isEmpty()) {
      authenticated = true;
      for (JsonNode requirement : security) {
        authenticated &= !(requirement.isObject() && requirement.isEmpty());
      }
    }
    List<DeclaredErrorCode> errorCodes =
        ExtensionReader.errorCodes(node.get("x-error-codes"), pointer + "/x-error-codes", lines);
    Set<Integer> codes = new HashSet<>();
    errorCodes.forEach(c -> codes.add(c.code()));
    platformErrorCodes().forEach(c -> codes.add(c.code()));
    Set<String> pathParameters = new TreeSet<>();
    parameters.values().stream()
        .filter(p -> p.in().equals("path"))
        .forEach(p -> pathParameters.add(p.name()));
    Optional<StateMachine> machine =
        StateMachineReader.read(
            node.get("x-offer-transitions"),
            pointer + "/x-offer-transitions",
            new StateMachineReader.Context(
                schemas, requestBody.map(Body::schema), pathParameters, codes),
            lines);
    return new Operation(
        id == null ? method.toUpperCase(Locale.ROOT) + " " + path : id,
        id != null && !id.isBlank(),
        method.toUpperCase(Locale.ROOT),
        path,
        pointer,
        lines.of(pointer),
        node.path("summary").asText(""),
        node.path("description").asText(""),
        List.copyOf(parameters.values()),
        requestBody,
        responses,
        ExtensionReader.rateLimit(node.get("x-rate-limit"), pointer + "/x-rate-limit", lines),
        names(node.get("x-required-scopes"), pointer + "/x-required-scopes", "scope names"),
        names(node.get("x-app-types"), pointer + "/x-app-types", "app types"),
        ExtensionReader.requiredHeaders(
            node.get("x-required-headers"), pointer + "/x-required-headers", lines),
        ExtensionReader.fieldScopes(node.get("x-field-scopes"), pointer + "/x-field-scopes", lines),
        errorCodes,
        ExtensionReader.upstreamDoc(node.get("x-upstream-doc"), pointer + "/x-upstream-doc", lines),
        machine,
        ExtensionReader.pagination(node.get("x-pagination"), pointer + "/x-pagination", lines),
        authenticated);
  }

  private DeclaredList names(JsonNode node, String pointer, String what) {
    List<String> values = strings(node, pointer, what);
    List<Integer> each = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      each.add(lines.of(pointer + "/" + i));
    }
    return new DeclaredList(values, pointer, lines.of(pointer), each);
  }

  private Map<String, Header> headers(JsonNode node, String pointer) {
    Map<String, Header> headers = new LinkedHashMap<>();
    if (node == null) {
      return headers;
    }
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer, "must be a map of headers, found " + describe(node) + ".");
    }
    for (Map.Entry<String, JsonNode> h : node.properties()) {
      String at = pointer + "/" + escape(h.getKey());
      JsonNode ref = h.getValue().get("$ref");
      String component = null;
      if (ref != null && ref.isTextual() && ref.textValue().startsWith(HEADERS)) {
        component = ContractModel.unescape(ref.textValue().substring(HEADERS.length()));
      }
      Located header = follow(h.getValue(), at);
      JsonNode schema = header.node().get("schema");
      headers.put(
          h.getKey(),
          new Header(
              h.getKey(),
              component,
              header.node().path("description").asText(""),
              SchemaReader.schema(
                  schema == null ? JsonNodeFactory.instance.objectNode() : schema,
                  header.pointer() + "/schema",
                  lines),
              header.pointer(),
              lines.of(header.pointer())));
    }
    return headers;
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
                  ? SchemaReader.schema(
                      JsonNodeFactory.instance.objectNode(), p.pointer() + "/schema", lines)
                  : SchemaReader.schema(schema, p.pointer() + "/schema", lines),
              p.node().path("description").asText(""),
              p.node().get("example"),
              p.pointer(),
              lines.of(p.pointer())));
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
          SchemaReader.schema(
              schemaNode == null ? JsonNodeFactory.instance.objectNode() : schemaNode,
              at + "/schema",
              lines);
      Map<String, Example> examples = new LinkedHashMap<>();
      List<String> withoutValue = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : media.getValue().path("examples").properties()) {
        Located example = follow(e.getValue(), at + "/examples/" + escape(e.getKey()));
        JsonNode value = example.node().get("value");
        if (value != null) {
          String valueAt = example.pointer() + "/value";
          examples.put(e.getKey(), new Example(e.getKey(), value, valueAt, lines.of(valueAt)));
        } else {
          withoutValue.add(e.getKey());
        }
      }
      if (media.getValue().has("example")) {
        examples.put(
            "example",
            new Example(
                "example",
                media.getValue().get("example"),
                at + "/example",
                lines.of(at + "/example")));
      }
      return Optional.of(
          new Body(
              type,
              Optional.ofNullable(schema.ref()),
              schema,
              examples,
              at,
              lines.of(at),
              withoutValue));
    }
    return Optional.empty();
  }

  /** The security schemes with their extensions, in spec order. */
  List<SecurityScheme> securitySchemes(Map<String, Operation> ids) {
    return ExtensionReader.securitySchemes(root, ids, lines);
  }

  /** The {@code x-upstream-doc} of {@code info}, or null. */
  UpstreamDoc infoUpstreamDoc() {
    return ExtensionReader.upstreamDoc(
            root.path("info").get("x-upstream-doc"), "#/info/x-upstream-doc", lines)
        .orElse(null);
  }

  /** The {@code x-token-policy} of the operation at that pointer, or null. */
  TokenPolicy tokenPolicy(String operationPointer) {
    String pointer = operationPointer + "/x-token-policy";
    return ExtensionReader.tokenPolicy(at(pointer), pointer, lines);
  }
}
