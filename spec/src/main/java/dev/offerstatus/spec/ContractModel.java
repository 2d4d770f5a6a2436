package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
    ContractReader reader = new ContractReader(root);
    this.schemas = reader.schemas();
    this.platformErrorCodes = reader.platformErrorCodes();
    this.operations = reader.operations();
    Map<String, Operation> ids = new LinkedHashMap<>();
    operations.forEach(op -> ids.put(op.operationId(), op));
    this.byId = Collections.unmodifiableMap(ids);
    this.tokenOperationId = reader.tokenOperationId(ids);
    this.tokenPolicy =
        tokenOperationId == null ? null : reader.tokenPolicy(ids.get(tokenOperationId).pointer());
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
          "The spec has no operation "
              + operationId
              + " (it has: "
              + ContractReader.known(byId.keySet())
              + ")");
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
