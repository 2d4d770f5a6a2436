package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one typed reader of the OpenAPI spec: every module that needs a fact of the contract asks
 * this model, so that each fact is read once, in one way.
 *
 * <p>It reads the operations (by {@code operationId} and by method + path template, and routes a
 * request path to one), their parameters, request and response bodies with their named examples,
 * {@code x-rate-limit}, {@code x-required-scopes} (any one suffices), {@code x-error-codes}, {@code
 * x-upstream-doc} and {@code x-offer-transitions} (its {@link StateMachine}); the component schemas
 * the rules need with their {@code x-contract-rules}; the root {@code x-platform-error-codes}; and
 * the token operation named by a security scheme's {@code x-token-operation}. Every value is an
 * immutable record; the model is thread-safe.
 *
 * <p>The YAML is read as YAML 1.2 with bounded size, alias count and expansion (see {@link
 * ReadLimits}); aliases are expanded. A fact of the wrong shape is refused with an {@link
 * InvalidSpecException} naming its JSON pointer. Facts that not every spec has (a rate limit, a
 * token operation) are optional here; the {@code require...} methods refuse their absence.
 */
public final class ContractModel {
  /** The default limits: 4 MiB of text, 64 aliases, a million nodes, 200 levels. */
  public static final ReadLimits DEFAULT_LIMITS =
      new ReadLimits(4 * 1024 * 1024, 64, 1_000_000, 200);

  static final String SCHEMAS = "#/components/schemas/";

  private final ObjectNode root;
  private final SpecLines lines;
  private final List<Operation> operations;
  private final Map<String, Operation> byId;
  private final Map<String, Schema> schemas;
  private final List<DeclaredErrorCode> platformErrorCodes;
  private final List<SecurityScheme> securitySchemes;
  private final UpstreamDoc upstreamDoc;
  private final String tokenOperationId;
  private final TokenPolicy tokenPolicy;
  private final String logIdHeader;
  private final RateLimitHeaders rateLimitHeaders;

  private static final class Shipped {
    static final ContractModel MODEL = parse(ContractResources.read(ContractResources.OPENAPI));
  }

  private ContractModel(SpecYaml.Document document) {
    this.root = (ObjectNode) document.root();
    this.lines = new SpecLines(document.lines());
    ContractReader reader = new ContractReader(root, lines);
    this.schemas = reader.schemas();
    this.platformErrorCodes = reader.platformErrorCodes();
    this.operations = reader.operations();
    Map<String, Operation> ids = new LinkedHashMap<>();
    operations.forEach(op -> ids.put(op.operationId(), op));
    this.byId = Collections.unmodifiableMap(ids);
    this.securitySchemes = reader.securitySchemes(ids);
    this.upstreamDoc = reader.infoUpstreamDoc();
    this.tokenOperationId =
        securitySchemes.stream().flatMap(s -> s.tokenOperation().stream()).findFirst().orElse(null);
    this.tokenPolicy =
        tokenOperationId == null ? null : reader.tokenPolicy(ids.get(tokenOperationId).pointer());
    this.rateLimitHeaders = rateLimitHeaders(operations);
    String[] logId = new String[2];
    operations.forEach(
        op ->
            op.responses()
                .values()
                .forEach(
                    r ->
                        r.headers().values().stream()
                            .filter(h -> LOG_ID_HEADER.equals(h.component()))
                            .forEach(h -> sameName(logId, h, r))));
    this.logIdHeader = logId[0];
  }

  /** The component name of the header every answer carries its log id in. */
  static final String LOG_ID_HEADER = "XTtLogid";

  /** The component names of the headers a rate-limited answer carries. */
  static final String LIMIT_HEADER = "RateLimitLimit";

  static final String RESET_HEADER = "RateLimitReset";

  private static RateLimitHeaders rateLimitHeaders(List<Operation> operations) {
    String[] limit = new String[2];
    String[] reset = new String[2];
    for (Operation op : operations) {
      for (Response response : op.responses().values()) {
        for (Header header : response.headers().values()) {
          if (LIMIT_HEADER.equals(header.component())) {
            sameName(limit, header, response);
          } else if (RESET_HEADER.equals(header.component())) {
            sameName(reset, header, response);
          }
        }
      }
    }
    if (limit[0] == null && reset[0] == null) {
      return null;
    }
    if (limit[0] == null || reset[0] == null) {
      String[] found = limit[0] == null ? reset : limit;
      throw InvalidSpecException.at(
          found[1],
          "a rate-limited answer names both headers, "
              + LIMIT_HEADER
              + " and "
              + RESET_HEADER
              + "; this one names only "
              + (limit[0] == null ? RESET_HEADER : LIMIT_HEADER)
              + ".");
    }
    return new RateLimitHeaders(limit[0], reset[0]);
  }

  private static void sameName(String[] seen, Header header, Response response) {
    String at = response.pointer() + "/headers/" + escape(header.name());
    if (seen[0] == null) {
      seen[0] = header.name();
      seen[1] = at;
    } else if (!seen[0].equalsIgnoreCase(header.name())) {
      throw InvalidSpecException.at(
          at,
          "names #/components/headers/"
              + header.component()
              + " "
              + header.name()
              + ", but "
              + seen[1]
              + " names it "
              + seen[0]
              + ": one header has one name.");
    }
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
  public static ContractModel parse(String openApi, ReadLimits limits) {
    return new ContractModel(SpecYaml.document(openApi, limits));
  }

  /**
   * Reads a spec's YAML into a tree without reading any fact, for tools that report on arbitrary
   * documents (the Maven plugin's checks): same YAML rules and limits as {@link #parse(String)}.
   *
   * @throws InvalidSpecException when the text is not a YAML mapping within the limits
   */
  public static JsonNode readTree(String openApi, ReadLimits limits) {
    return SpecYaml.read(openApi, limits);
  }

  /**
   * Reads any YAML 1.2 document (a map, a list or a scalar; an empty one is a missing node) with
   * the spec's rules (core schema, duplicate keys refused, aliases expanded) within {@code limits}:
   * the one YAML reader of the toolkit, for the other YAML it reads (a doc page's front matter).
   *
   * @throws InvalidSpecException naming the line and column of a YAML error ({@link
   *     InvalidSpecException#line()}, {@link InvalidSpecException#yamlProblem()}) or the limit
   *     exceeded
   */
  public static JsonNode readYaml(String text, ReadLimits limits) {
    return SpecYaml.any(text, limits).root();
  }

  /** A copy of the whole document as a tree (aliases expanded), for tools that walk it. */
  public JsonNode document() {
    return root.deepCopy();
  }

  /**
   * The 1-based YAML line of the node at a JSON pointer ({@code #/paths/...}; a map entry's line is
   * its key's), or 0 when the pointer names no node of the text.
   */
  public int line(String pointer) {
    return lines.of(pointer);
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
              + SpecFields.known(byId.keySet())
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
  public List<DeclaredErrorCode> platformErrorCodes() {
    return platformErrorCodes;
  }

  /** The error code as {@code operation} declares it, else as the platform does. */
  public Optional<DeclaredErrorCode> errorCode(Operation operation, int code) {
    return concat(operation).stream().filter(e -> e.code() == code).findFirst();
  }

  /** The first code of that kind that {@code operation} declares, else the platform's. */
  public Optional<DeclaredErrorCode> errorCode(Operation operation, ErrorKind kind) {
    return concat(operation).stream().filter(e -> e.kind().equals(kind)).findFirst();
  }

  /**
   * The first code of that kind for {@code operation} or the platform.
   *
   * @throws IllegalStateException when the spec declares none
   */
  public DeclaredErrorCode requireErrorCode(Operation operation, ErrorKind kind) {
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
        .map(DeclaredErrorCode::description)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The spec declares no error code "
                        + code
                        + " for "
                        + operation.operationId()
                        + " or in #/x-platform-error-codes"));
  }

  /** The security schemes of {@code #/components/securitySchemes}, in spec order. */
  public List<SecurityScheme> securitySchemes() {
    return securitySchemes;
  }

  /**
   * The {@code x-upstream-doc} of {@code info}: the page of the facts no one operation holds (the
   * platform's generic error-code page).
   */
  public Optional<UpstreamDoc> upstreamDoc() {
    return Optional.ofNullable(upstreamDoc);
  }

  /**
   * The name of the response header that carries the request's log id: the header that refers to
   * {@code #/components/headers/XTtLogid}.
   */
  public Optional<String> logIdHeader() {
    return Optional.ofNullable(logIdHeader);
  }

  /**
   * The name of the log-id header.
   *
   * @throws IllegalStateException when no response names it
   */
  public String requireLogIdHeader() {
    return logIdHeader()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No response of the spec has a header that refers to #/components/headers/"
                        + LOG_ID_HEADER));
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

  /** The state machine of every operation that declares {@code x-offer-transitions}, by id. */
  public Map<String, StateMachine> stateMachines() {
    Map<String, StateMachine> machines = new LinkedHashMap<>();
    operations.forEach(op -> op.stateMachine().ifPresent(m -> machines.put(op.operationId(), m)));
    return Collections.unmodifiableMap(machines);
  }

  /**
   * The names of the headers a rate-limited answer carries: the response headers that refer to
   * {@code #/components/headers/RateLimitLimit} and {@code RateLimitReset}.
   */
  public Optional<RateLimitHeaders> rateLimitHeaders() {
    return Optional.ofNullable(rateLimitHeaders);
  }

  /**
   * The names of the headers a rate-limited answer carries.
   *
   * @throws IllegalStateException when no response names them
   */
  public RateLimitHeaders requireRateLimitHeaders() {
    return rateLimitHeaders()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No response of the spec has headers that refer to #/components/headers/"
                        + LIMIT_HEADER
                        + " and "
                        + RESET_HEADER));
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

  private List<DeclaredErrorCode> concat(Operation operation) {
    List<DeclaredErrorCode> all = new ArrayList<>(operation.errorCodes());
    all.addAll(platformErrorCodes);
    return all;
  }

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
