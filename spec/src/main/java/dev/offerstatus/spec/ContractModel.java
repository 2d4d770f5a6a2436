package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
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
import java.util.stream.Collectors;

/**
 * The one typed reader of the OpenAPI spec: every module that needs a fact of the contract asks
 * this model, so that each fact is read once, in one way.
 *
 * <p>It reads the operations (by {@code operationId} and by method + path template, and routes a
 * request path to one), their parameters, request and response bodies with their named examples,
 * {@code x-rate-limit}, {@code x-required-scopes} (any one suffices), {@code x-error-codes}, {@code
 * x-upstream-doc} and {@code x-offer-transitions}; the component schemas the rules need with their
 * {@code x-contract-rules}; the root {@code x-platform-error-codes}; and the token operation named
 * by a security scheme's {@code x-token-operation}. Every value is an immutable record; the model
 * is thread-safe.
 *
 * <p>The YAML is read as YAML 1.2 with bounded size, alias count and expansion (see {@link
 * Limits}); aliases are expanded. A fact of the wrong shape is refused with an {@link
 * InvalidSpecException} naming its JSON pointer. Facts that not every spec has (a rate limit, a
 * token operation) are optional here; the {@code require...} methods refuse their absence.
 */
public final class ContractModel {
  /** The default limits: 4 MiB of text, 64 aliases, a million nodes, 200 levels. */
  public static final Limits DEFAULT_LIMITS = new Limits(4 * 1024 * 1024, 64, 1_000_000, 200);

  static final String SCHEMAS = "#/components/schemas/";
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final ObjectNode root;
  private final List<Operation> operations;
  private final Map<String, Operation> byId;
  private final Map<String, Schema> schemas;
  private final List<ErrorCode> platformErrorCodes;
  private final String tokenOperationId;
  private final TokenPolicy tokenPolicy;

  /**
   * Bounds on what a spec may cost to read.
   *
   * @param maxChars the longest text accepted, in chars
   * @param maxAliases the most aliases of collections ({@code *anchor} of a map or list)
   * @param maxNodes the most YAML nodes after expanding aliases
   * @param maxDepth the deepest nesting of maps and lists
   */
  public record Limits(int maxChars, int maxAliases, int maxNodes, int maxDepth) {
    /** Checks that every bound is positive. */
    public Limits {
      if (maxChars < 1 || maxAliases < 0 || maxNodes < 1 || maxDepth < 1) {
        throw new IllegalArgumentException("limits must be positive: " + maxChars);
      }
    }
  }

  private static final class Shipped {
    static final ContractModel MODEL = parse(ContractResources.read(ContractResources.OPENAPI));
  }

  private ContractModel(ObjectNode root) {
    this.root = root;
    this.schemas = Collections.unmodifiableMap(schemas(root));
    List<Schema> all = new ArrayList<>(schemas.values());
    all.forEach(s -> checkRefs(s, schemas));
    this.platformErrorCodes =
        errorCodes(root.get("x-platform-error-codes"), "#/x-platform-error-codes");
    List<Operation> ops = new ArrayList<>();
    Map<String, Operation> ids = new LinkedHashMap<>();
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
        if (ids.putIfAbsent(op.operationId(), op) != null) {
          throw InvalidSpecException.at(
              op.pointer() + "/operationId", "operationId " + op.operationId() + " is used twice.");
        }
        ops.add(op);
      }
    }
    this.operations = List.copyOf(ops);
    this.byId = Collections.unmodifiableMap(ids);
    this.tokenOperationId = tokenOperationId(root, ids);
    this.tokenPolicy =
        tokenOperationId == null ? null : tokenPolicy(ids.get(tokenOperationId).pointer());
  }

  /** The model of the spec shipped in {@code offer-status-spec}, read once. */
  public static ContractModel fromClasspath() {
    return Shipped.MODEL;
  }

  /**
   * Reads a spec (YAML 1.2 or JSON text) within {@link #DEFAULT_LIMITS}.
   *
   * @throws InvalidSpecException naming the line and column of a YAML error, the limit exceeded or
   *     the JSON pointer of a fact of the wrong shape
   */
  public static ContractModel parse(String openApi) {
    return parse(openApi, DEFAULT_LIMITS);
  }

  /** Reads a spec within the given limits; see {@link #parse(String)}. */
  public static ContractModel parse(String openApi, Limits limits) {
    return new ContractModel(SpecYaml.read(openApi, limits));
  }

  /**
   * Reads a spec's YAML into a tree without reading any fact, for tools that report on arbitrary
   * documents (the Maven plugin's checks): same YAML rules and limits as {@link #parse(String)}.
   *
   * @throws InvalidSpecException when the text is not a YAML mapping within the limits
   */
  public static JsonNode readTree(String openApi, Limits limits) {
    return SpecYaml.read(openApi, limits);
  }

  /** A copy of the whole document as a tree (aliases expanded), for tools that walk it. */
  public JsonNode document() {
    return root.deepCopy();
  }

  /** Every operation, in document order. */
  public List<Operation> operations() {
    return operations;
  }

  /** The operation with that {@code operationId}. */
  public Optional<Operation> operation(String operationId) {
    return Optional.ofNullable(byId.get(operationId));
  }

  /**
   * The operation with that {@code operationId}.
   *
   * @throws IllegalStateException naming the known operationIds when there is none
   */
  public Operation requireOperation(String operationId) {
    Operation op = byId.get(operationId);
    if (op == null) {
      throw new IllegalStateException(
          "The spec has no operation " + operationId + " (it has: " + known(byId.keySet()) + ")");
    }
    return op;
  }

  /** The operation of a method ({@code GET}, any case) and path template as keyed under paths. */
  public Optional<Operation> operation(String method, String pathTemplate) {
    String m = method.toUpperCase(Locale.ROOT);
    return operations.stream()
        .filter(op -> op.method().equals(m) && op.path().equals(pathTemplate))
        .findFirst();
  }

  /**
   * The operation a request would reach: the method and raw (still percent-encoded) path matched
   * against every path template; a {@code {name}} segment takes one non-empty segment. Where
   * several templates match, the one with more literal segments wins.
   */
  public Optional<Route> route(String method, String rawPath) {
    String m = method.toUpperCase(Locale.ROOT);
    String[] segments = rawPath.split("/", -1);
    Route best = null;
    int bestLiterals = -1;
    for (Operation op : operations) {
      if (!op.method().equals(m)) {
        continue;
      }
      String[] template = op.path().split("/", -1);
      if (template.length != segments.length) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      int literals = 0;
      boolean match = true;
      for (int i = 0; i < template.length && match; i++) {
        String t = template[i];
        if (t.length() > 2 && t.startsWith("{") && t.endsWith("}")) {
          match = !segments[i].isEmpty();
          values.put(t.substring(1, t.length() - 1), segments[i]);
        } else {
          match = t.equals(segments[i]);
          literals++;
        }
      }
      if (match && literals > bestLiterals) {
        best = new Route(op, values);
        bestLiterals = literals;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The component schemas by name, in document order. */
  public Map<String, Schema> schemas() {
    return schemas;
  }

  /** The component schema of that name. */
  public Optional<Schema> schema(String name) {
    return Optional.ofNullable(schemas.get(name));
  }

  /** Follows a schema's {@code $ref}s to the component that holds its content. */
  public Schema resolve(Schema schema) {
    Schema s = schema;
    for (int hops = 0; s.ref() != null && hops <= schemas.size(); hops++) {
      s = schemas.get(s.ref());
    }
    return s;
  }

  /** The root {@code x-platform-error-codes}: codes any operation may answer, in spec order. */
  public List<ErrorCode> platformErrorCodes() {
    return platformErrorCodes;
  }

  /** The error code as {@code operation} declares it, else as the platform does. */
  public Optional<ErrorCode> errorCode(Operation operation, int code) {
    return concat(operation).stream().filter(e -> e.code() == code).findFirst();
  }

  /** The first code of that kind that {@code operation} declares, else the platform's. */
  public Optional<ErrorCode> errorCode(Operation operation, ErrorKind kind) {
    return concat(operation).stream().filter(e -> e.kind() == kind).findFirst();
  }

  /**
   * The first code of that kind for {@code operation} or the platform.
   *
   * @throws IllegalStateException when the spec declares none
   */
  public ErrorCode requireErrorCode(Operation operation, ErrorKind kind) {
    return errorCode(operation, kind)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The spec declares no error code of kind "
                        + kind.id()
                        + " for "
                        + operation.operationId()
                        + " or in #/x-platform-error-codes"));
  }

  /**
   * The {@code msg} Feishu answers with {@code code} on {@code operation}: the {@code msg} of the
   * operation's named error example with that code, else the code's declared description.
   *
   * @throws IllegalStateException when neither the operation nor the platform declares the code
   */
  public String errorMessage(Operation operation, int code) {
    for (Response response : operation.responses().values()) {
      for (Example example : response.content().map(Body::examples).orElse(Map.of()).values()) {
        JsonNode value = example.value();
        if (value.path("code").canConvertToInt() && value.path("code").intValue() == code) {
          return value.path("msg").asText("");
        }
      }
    }
    return errorCode(operation, code)
        .map(ErrorCode::description)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The spec declares no error code "
                        + code
                        + " for "
                        + operation.operationId()
                        + " or in #/x-platform-error-codes"));
  }

  /** The operation a security scheme's {@code x-token-operation} names: the token endpoint. */
  public Optional<Operation> tokenOperation() {
    return tokenOperationId == null ? Optional.empty() : operation(tokenOperationId);
  }

  /**
   * The token endpoint.
   *
   * @throws IllegalStateException when no security scheme names one in {@code x-token-operation}
   */
  public Operation requireTokenOperation() {
    return tokenOperation()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The spec names no token operation: no #/components/securitySchemes/*"
                        + "/x-token-operation"));
  }

  /**
   * The token operation's {@code x-token-policy}: how long a token lives and when the endpoint
   * issues a new one.
   */
  public Optional<TokenPolicy> tokenPolicy() {
    return Optional.ofNullable(tokenPolicy);
  }

  /** Every operation's {@code x-offer-transitions}, in document order. */
  public List<OfferTransition> offerTransitions() {
    return operations.stream().flatMap(op -> op.offerTransitions().stream()).toList();
  }

  /** The first server URL ({@code servers[0].url}), if the spec gives one. */
  public Optional<URI> serverUrl() {
    JsonNode url = root.path("servers").path(0).path("url");
    if (!url.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(url.textValue()));
    } catch (java.net.URISyntaxException e) {
      throw InvalidSpecException.at("#/servers/0/url", "not a URI: " + url.textValue());
    }
  }

  private List<ErrorCode> concat(Operation operation) {
    List<ErrorCode> all = new ArrayList<>(operation.errorCodes());
    all.addAll(platformErrorCodes);
    return all;
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /**
   * One operation of the spec.
   *
   * @param operationId its {@code operationId}, else {@code METHOD path}
   * @param method the HTTP method, upper case
   * @param path the path template as keyed under {@code paths}
   * @param pointer its JSON pointer ({@code #/paths/...})
   * @param summary its summary, or empty
   * @param parameters its parameters (path item's and its own, the own winning), in spec order
   * @param requestBody its JSON request body, if it has one
   * @param responses its responses by status key ({@code 200}, {@code 4XX}, {@code default})
   * @param rateLimit its {@code x-rate-limit}
   * @param requiredScopes its {@code x-required-scopes}: any one of them suffices
   * @param errorCodes its own {@code x-error-codes} (the platform's are in {@link
   *     ContractModel#platformErrorCodes()})
   * @param upstreamDoc its {@code x-upstream-doc}
   * @param offerTransitions its {@code x-offer-transitions}
   * @param pagination its {@code x-pagination}, for an operation that answers page by page
   * @param authenticated whether its effective {@code security} requires a token
   */
  public record Operation(
      String operationId,
      String method,
      String path,
      String pointer,
      String summary,
      List<Parameter> parameters,
      Optional<Body> requestBody,
      Map<String, Response> responses,
      Optional<RateLimit> rateLimit,
      List<String> requiredScopes,
      List<ErrorCode> errorCodes,
      Optional<UpstreamDoc> upstreamDoc,
      List<OfferTransition> offerTransitions,
      Optional<Pagination> pagination,
      boolean authenticated) {
    /** Copies the collections. */
    public Operation {
      parameters = List.copyOf(parameters);
      responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
      requiredScopes = List.copyOf(requiredScopes);
      errorCodes = List.copyOf(errorCodes);
      offerTransitions = List.copyOf(offerTransitions);
    }

    /** {@code POST /path}. */
    public String label() {
      return method + " " + path;
    }

    /** The parameter of that name (any location). */
    public Optional<Parameter> parameter(String name) {
      return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The parameters in {@code path}, {@code query}, {@code header} or {@code cookie}. */
    public List<Parameter> parameters(String in) {
      return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    /** The operation's own {@code x-error-codes} entry for {@code code}. */
    public Optional<ErrorCode> ownErrorCode(int code) {
      return errorCodes.stream().filter(e -> e.code() == code).findFirst();
    }

    /** The first success response ({@code 2xx}) with a JSON body. */
    public Optional<Body> successBody() {
      return responses.entrySet().stream()
          .filter(e -> e.getKey().startsWith("2"))
          .map(e -> e.getValue().content())
          .flatMap(Optional::stream)
          .findFirst();
    }

    /**
     * The rate limit.
     *
     * @throws IllegalStateException naming the pointer when the operation has no {@code
     *     x-rate-limit}
     */
    public RateLimit requireRateLimit() {
      return rateLimit.orElseThrow(
          () -> new IllegalStateException("The OpenAPI spec lacks " + pointer + "/x-rate-limit"));
    }
  }

  /**
   * A request routed to an operation.
   *
   * @param operation the operation
   * @param pathParameters the raw (still percent-encoded) value of each path template variable
   */
  public record Route(Operation operation, Map<String, String> pathParameters) {
    /** Copies the map. */
    public Route {
      pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
    }
  }

  /**
   * A parameter.
   *
   * @param name its name
   * @param in {@code path}, {@code query}, {@code header} or {@code cookie}
   * @param required whether it is required
   * @param schema its schema
   * @param pointer where it is declared (after {@code $ref}s)
   */
  public record Parameter(
      String name, String in, boolean required, Schema schema, String pointer) {}

  /**
   * A JSON body (request or response).
   *
   * @param mediaType its media type, e.g. {@code application/json; charset=utf-8}
   * @param schemaName the component schema it refers to, if it is a {@code $ref}
   * @param schema its schema
   * @param examples its named examples (and {@code example}, named so), in spec order
   * @param pointer the media type's pointer
   */
  public record Body(
      String mediaType,
      Optional<String> schemaName,
      Schema schema,
      Map<String, Example> examples,
      String pointer) {
    /** Copies the map. */
    public Body {
      examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
    }
  }

  /**
   * A response.
   *
   * @param status its status key, e.g. {@code 200}
   * @param description its description
   * @param content its JSON body, if it has one
   * @param pointer its pointer (after {@code $ref}s)
   */
  public record Response(
      String status, String description, Optional<Body> content, String pointer) {
    /** The status as a number, or empty for {@code default} and ranges like {@code 4XX}. */
    public OptionalInt httpStatus() {
      return status.matches("[1-5]\\d\\d")
          ? OptionalInt.of(Integer.parseInt(status))
          : OptionalInt.empty();
    }
  }

  /**
   * A named example.
   *
   * @param name its name ({@code example} for a single one)
   * @param value its value (a copy on each call)
   * @param pointer the pointer of its value
   */
  public record Example(String name, JsonNode value, String pointer) {
    /** Copies the value. */
    public Example {
      value = value.deepCopy();
    }

    /** A copy of the value. */
    @Override
    public JsonNode value() {
      return value.deepCopy();
    }
  }

  /**
   * An operation's {@code x-rate-limit}: requests per app (and tenant).
   *
   * @param perSecond {@code per-second}
   * @param perMinute {@code per-minute}, if declared
   */
  public record RateLimit(int perSecond, OptionalInt perMinute) {}

  /**
   * One entry of {@code x-error-codes} or {@code x-platform-error-codes}.
   *
   * @param code the {@code code} of the answer
   * @param httpStatus the HTTP status it arrives with
   * @param kind what it means to a caller
   * @param description its description (for platform codes, the generic page's wording), or empty
   * @param advice what to do about it, or empty
   * @param pointer where it is declared
   */
  public record ErrorCode(
      int code,
      int httpStatus,
      ErrorKind kind,
      String description,
      String advice,
      String pointer) {}

  /**
   * An operation's {@code x-upstream-doc}: the page it was written from.
   *
   * @param sourceUrl {@code source_url}
   * @param lastRemoteUpdate {@code last_remote_update}, as written ({@code 2024-07-11})
   * @param snapshot {@code snapshot}: the vendored copy, relative to the spec
   */
  public record UpstreamDoc(String sourceUrl, String lastRemoteUpdate, String snapshot) {}

  /**
   * An operation's {@code x-pagination}: how to walk its pages. Paths are dotted, from the response
   * body.
   *
   * @param pageTokenParameter {@code page-token-parameter}: the query parameter of the page token
   * @param pageSizeParameter {@code page-size-parameter}: the query parameter of the page size
   * @param hasMore {@code has-more}: where the body says more pages follow
   * @param nextPageToken {@code next-page-token}: where the body gives the next page's token
   * @param items {@code items}: where the body lists the page's items
   */
  public record Pagination(
      String pageTokenParameter,
      String pageSizeParameter,
      String hasMore,
      String nextPageToken,
      String items) {}

  /**
   * The token operation's {@code x-token-policy}.
   *
   * @param maxLifetime {@code max-lifetime-seconds}: the longest a token lives
   * @param reissueBelow {@code reissue-below-seconds}: while at least this much of a token's life
   *     remains the endpoint answers with the same token; below it, with a new one (the old one
   *     stays valid)
   */
  public record TokenPolicy(java.time.Duration maxLifetime, java.time.Duration reissueBelow) {}

  /**
   * One entry of an operation's {@code x-offer-transitions}: the request {@code operation} moves an
   * offer from {@code offer_status} {@code from} to {@code to}.
   *
   * @param operation the value of the request's {@code operation}
   * @param from the {@code offer_status} it applies to
   * @param to the {@code offer_status} it leaves
   * @param assumption the documented assumption, when the pages do not state the transition
   */
  public record OfferTransition(String operation, int from, int to, Optional<String> assumption) {}

  /**
   * The parts of a schema the rules and tools read.
   *
   * @param pointer where it is declared
   * @param ref the component schema it refers to ({@code $ref}), or null
   * @param type {@code type}, or null for any
   * @param format {@code format}, or null
   * @param nullable {@code nullable}
   * @param enumValues {@code enum} as normalized scalars ({@code String}, {@code BigDecimal},
   *     {@code Boolean}); empty for any
   * @param required {@code required} property names
   * @param properties {@code properties}, in spec order
   * @param items {@code items}, or null
   * @param rules its {@code x-contract-rules}
   * @param pattern {@code pattern}, or null
   * @param minLength {@code minLength}, or null
   * @param maxLength {@code maxLength}, or null
   * @param minimum {@code minimum}, or null
   * @param maximum {@code maximum}, or null
   * @param defaultValue {@code default} as a normalized scalar, or null
   */
  public record Schema(
      String pointer,
      String ref,
      String type,
      String format,
      boolean nullable,
      List<Object> enumValues,
      List<String> required,
      Map<String, Schema> properties,
      Schema items,
      List<ContractRule> rules,
      String pattern,
      Integer minLength,
      Integer maxLength,
      BigDecimal minimum,
      BigDecimal maximum,
      Object defaultValue) {
    /** Copies the collections. */
    public Schema {
      enumValues = List.copyOf(enumValues);
      required = List.copyOf(required);
      properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
      rules = List.copyOf(rules);
    }
  }

  /** One entry of a schema's {@code x-contract-rules}. */
  public sealed interface ContractRule permits RequiredWhen, DateAfter {
    /** The rule's stable id. */
    String id();

    /** Dotted path of the field the rule constrains, relative to the schema. */
    String field();

    /** Its {@code doc} text, or empty. */
    String doc();

    /** Where it is declared. */
    String pointer();
  }

  /**
   * {@code kind: required-when}: {@code field} is required when {@code whenField} has one of {@code
   * values}.
   *
   * @param id the rule id
   * @param field dotted path of the field that becomes required
   * @param whenField dotted path of the field the condition reads
   * @param values the normalized scalars that trigger the rule
   * @param in whether the spec wrote {@code in: [...]} rather than {@code equals}
   * @param doc its {@code doc}, or empty
   * @param pointer where it is declared
   */
  public record RequiredWhen(
      String id,
      String field,
      String whenField,
      List<Object> values,
      boolean in,
      String doc,
      String pointer)
      implements ContractRule {
    /** Copies the values. */
    public RequiredWhen {
      values = List.copyOf(values);
    }
  }

  /**
   * {@code kind: date-after}: {@code field} must be later than {@code after} ({@code strict}) or
   * not earlier.
   *
   * @param id the rule id
   * @param field dotted path of the later date
   * @param after dotted path of the earlier date
   * @param strict whether the same day is refused
   * @param doc its {@code doc}, or empty
   * @param pointer where it is declared
   */
  public record DateAfter(
      String id, String field, String after, boolean strict, String doc, String pointer)
      implements ContractRule {}

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Escapes one JSON pointer segment ({@code ~} and {@code /}). */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
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

  static Schema schema(JsonNode node, String pointer) {
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
                new DateAfter(
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

  private static RequiredWhen requiredWhen(JsonNode rule, String id, String doc, String at) {
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
    return new RequiredWhen(id, text(rule, "field", at), whenField, values, in, doc, at);
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
                  ? schema(
                      com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                      p.pointer() + "/schema")
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
              schemaNode == null
                  ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                  : schemaNode,
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

  private static Optional<RateLimit> rateLimit(JsonNode node, String pointer) {
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
        new RateLimit(
            perSecond, perMinute == null ? OptionalInt.empty() : OptionalInt.of(perMinute)));
  }

  private static List<ErrorCode> errorCodes(JsonNode node, String pointer) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw InvalidSpecException.at(
          pointer, "must be a list of error codes, found " + describe(node) + ".");
    }
    List<ErrorCode> codes = new ArrayList<>();
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
          new ErrorCode(
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

  private static String tokenOperationId(JsonNode root, Map<String, Operation> ids) {
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

  private TokenPolicy tokenPolicy(String operationPointer) {
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

  private static String known(Set<String> names) {
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

  static String joined(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "ContractModel" + operations.stream().map(Operation::operationId).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContractModel other && root.equals(other.root);
  }

  @Override
  public int hashCode() {
    return Objects.hash(root);
  }
}
