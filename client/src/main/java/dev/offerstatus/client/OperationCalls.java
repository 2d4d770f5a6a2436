package dev.offerstatus.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.sdk.operations.SpecOperation;
import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The one way every call goes out, for any operation of the contract: its parameters and body
 * checked by that operation's rules, the request built from the spec's method, path template,
 * parameters and body media type, sent by the {@link RequestExecutor} (token, the operation's rate
 * budget, retries, errors mapped by that operation's codes), and the success envelope read as the
 * operation's generated answer type. Thread-safe.
 */
final class OperationCalls {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final ContractModel model;
  private final OfferStatusRules rules;
  private final ObjectMapper mapper;
  private final ObjectMapper reader;
  private final HttpUrl baseUrl;
  private final RequestExecutor executor;
  private final Locale locale;
  private final Map<String, Target> targets = new LinkedHashMap<>();

  OperationCalls(
      ContractModel model,
      OfferStatusRules rules,
      ObjectMapper mapper,
      HttpUrl baseUrl,
      RequestExecutor executor,
      Locale locale) {
    this.model = model;
    this.rules = rules;
    this.mapper = mapper;
    // A value the spec's enum lacks (an offer_status Feishu added) must not fail the call: the
    // model's enum field reads null, the envelope keeps the value.
    this.reader = mapper.copy().enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    this.baseUrl = baseUrl;
    this.executor = executor;
    this.locale = locale;
    Duration longestOfAll =
        model.operations().stream()
            .flatMap(op -> op.rateLimit().stream())
            .map(limit -> limit.longest().length())
            .max(Duration::compareTo)
            .orElse(Duration.ZERO);
    String tokenPlaceholder = tokenPlaceholder(model);
    for (Operation operation : model.operations()) {
      targets.put(
          operation.operationId(), new Target(model, operation, longestOfAll, tokenPlaceholder));
    }
  }

  /**
   * How {@code x-required-headers} names the token: {@code {<scheme>}} for the security scheme
   * whose tokens the token operation issues ({@code {tenant_access_token}}); null when none does.
   */
  private static String tokenPlaceholder(ContractModel model) {
    return model.securitySchemes().stream()
        .filter(scheme -> scheme.tokenOperation().isPresent())
        .map(scheme -> "{" + scheme.name() + "}")
        .findFirst()
        .orElse(null);
  }

  /** An answer of type {@code R} and the exchange it came in. */
  record Typed<R>(R answer, Exchanged exchanged) {
    OperationResult<R> result() {
      return new OperationResult<>(answer, exchanged.answer().status(), exchanged.answer().logId());
    }
  }

  /**
   * Sends one request of {@code descriptor}'s operation and reads its success envelope.
   *
   * @param parameters its path and query parameters by name; a null value is not sent
   * @param body its body: a generated model (checked as a model and as the JSON sent), a {@link
   *     JsonNode} or a {@link Map} (checked as JSON), or null for none
   * @throws InvalidRequestException when the rules find a violation (nothing is sent)
   * @throws IllegalArgumentException when the descriptor does not match the client's spec, or names
   *     a parameter the operation lacks
   * @throws OfferStatusException for every failure after that, typed by its cause
   */
  <B, R> Typed<R> call(SpecOperation<B, R> descriptor, Map<String, ?> parameters, B body) {
    Target target = target(descriptor);
    target.requireTokenHeader();
    Map<String, String> texts = texts(target.operation, parameters);
    String json = json(body);
    preflight(target.operation, texts, body, json);
    Exchanged sent = executor.send(request(target, texts, json), target.plan(texts));
    return new Typed<>(read(target.operation, descriptor.responseType(), sent), sent);
  }

  /** Only the pre-flight of {@link #call}: throws what it would throw before sending. */
  void check(SpecOperation<?, ?> descriptor, Map<String, ?> parameters, Object body) {
    Target target = target(descriptor);
    preflight(target.operation, texts(target.operation, parameters), body, json(body));
  }

  /**
   * A descriptor of any operation of the client's spec, its body and answer read as JSON trees: for
   * operations the generated {@code SpecOperations} lacks (a copy of the spec with more).
   *
   * @throws IllegalArgumentException naming the spec's operations when it has no such one
   */
  SpecOperation<JsonNode, JsonNode> untyped(String operationId) {
    Operation operation = require(operationId);
    return new SpecOperation<>(
        operation.operationId(),
        operation.method(),
        operation.path(),
        operation.parameters("path").stream().map(Parameter::name).toList(),
        operation.parameters("query").stream().map(Parameter::name).toList(),
        JsonNode.class,
        JsonNode.class);
  }

  /** The operation as the client's spec has it. */
  Operation operation(String operationId) {
    return require(operationId);
  }

  private Target target(SpecOperation<?, ?> descriptor) {
    Objects.requireNonNull(descriptor, "operation == null");
    Operation operation = require(descriptor.operationId());
    if (!operation.method().equals(descriptor.method())
        || !operation.path().equals(descriptor.pathTemplate())) {
      throw new IllegalArgumentException(
          "The descriptor "
              + descriptor
              + " does not match the client's spec, where "
              + operation.operationId()
              + " is "
              + operation.label());
    }
    return targets.get(operation.operationId());
  }

  private Operation require(String operationId) {
    Target target = targets.get(operationId);
    if (target == null) {
      throw new IllegalArgumentException(
          "The client's spec has no operation "
              + MessageText.quote(operationId)
              + " (it has: "
              + String.join(", ", new TreeSet<>(targets.keySet()))
              + ")");
    }
    return target.operation;
  }

  /** The parameters as the text sent, each checked to be a path or query parameter. */
  private Map<String, String> texts(Operation operation, Map<String, ?> parameters) {
    Objects.requireNonNull(parameters, "parameters == null");
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : parameters.entrySet()) {
      String name = Objects.requireNonNull(entry.getKey(), "parameter name == null");
      if (operation.parameter(name).filter(OperationCalls::pathOrQuery).isEmpty()) {
        throw new IllegalArgumentException(
            operation.operationId()
                + " has no path or query parameter "
                + MessageText.quote(name)
                + "; it has "
                + operation.parameters().stream()
                    .filter(OperationCalls::pathOrQuery)
                    .map(Parameter::name)
                    .toList());
      }
      if (entry.getValue() != null) {
        texts.put(name, text(name, entry.getValue()));
      }
    }
    return texts;
  }

  private static boolean pathOrQuery(Parameter p) {
    return p.in().equals("path") || p.in().equals("query");
  }

  /** A parameter's value as sent: a string as it is, a number, boolean or enum as its JSON text. */
  private String text(String name, Object value) {
    if (value instanceof String s) {
      return s;
    }
    JsonNode node = mapper.valueToTree(value);
    if (!node.isValueNode() || node.isNull()) {
      throw new IllegalArgumentException(
          "parameter "
              + MessageText.quote(name)
              + " must be a string, number, boolean or enum, got a "
              + value.getClass().getName());
    }
    return node.asText();
  }

  private String json(Object body) {
    if (body == null) {
      return null;
    }
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the request body cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * One rules call: a generated model is checked as a model and as the very JSON that will be sent,
   * so a rule the model carries no constraint for still holds; JSON as JSON.
   */
  private void preflight(Operation operation, Map<String, String> texts, Object body, String json) {
    List<Violation> found =
        body == null || body instanceof JsonNode || body instanceof Map
            ? rules.validateJson(operation.operationId(), texts, json, locale)
            : rules.validateRequest(operation.operationId(), texts, body, json, locale);
    if (!found.isEmpty()) {
      throw new InvalidRequestException(found);
    }
  }

  private Request request(Target target, Map<String, String> texts, String json) {
    Operation operation = target.operation;
    HttpUrl.Builder url = baseUrl.newBuilder();
    for (String segment : target.segments) {
      url.addPathSegment(expand(operation, segment, texts));
    }
    for (Parameter query : target.query) {
      String value = texts.get(query.name());
      if (value != null) {
        url.addQueryParameter(query.name(), value);
      }
    }
    RequestBody body = null;
    if (json != null) {
      body = RequestBody.create(json.getBytes(StandardCharsets.UTF_8), target.mediaType);
    } else if (!SAFE_METHODS.contains(operation.method())) {
      body = RequestBody.create(new byte[0]);
    }
    return new Request.Builder().url(url.build()).method(operation.method(), body).build();
  }

  /**
   * One segment of the path template with its variables replaced by their values, to be
   * percent-encoded as one segment ({@code /} included); {@code .} and {@code ..} are refused, as
   * they would move up the path instead.
   */
  private static String expand(Operation operation, String segment, Map<String, String> texts) {
    if (segment.indexOf('{') < 0) {
      return segment;
    }
    Matcher m = VARIABLE.matcher(segment);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = texts.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            operation.operationId() + " needs its path parameter " + MessageText.quote(m.group(1)));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String expanded = out.toString();
    if (expanded.equals(".") || expanded.equals("..")) {
      throw new IllegalArgumentException(
          operation.operationId()
              + ": a path segment may not be \""
              + expanded
              + "\", which would move up the path");
    }
    return expanded;
  }

  private <R> R read(Operation operation, Class<R> type, Exchanged sent) {
    Wire.Answer answer = sent.answer();
    List<Integer> success = successStatuses(operation);
    if (!success.contains(answer.status())) {
      throw Envelopes.unexpected(
          answer,
          sent.what(),
          "code 0 with an HTTP status other than "
              + String.join(" or ", success.stream().map(String::valueOf).toList()),
          null);
    }
    if (type == Void.class) {
      return null;
    }
    if (type == JsonNode.class) {
      return type.cast(sent.envelope());
    }
    try {
      return reader.treeToValue(sent.envelope(), type);
    } catch (JsonProcessingException e) {
      throw Envelopes.unexpected(
          answer,
          sent.what(),
          "a success envelope that does not match the spec's response schema",
          e);
    }
  }

  private static List<Integer> successStatuses(Operation operation) {
    List<Integer> statuses = new ArrayList<>();
    operation.responses().values().forEach(r -> r.httpStatus().ifPresent(s -> statuses.add(s)));
    statuses.removeIf(s -> s < 200 || s > 299);
    return statuses;
  }

  /** What the client keeps about one operation, read once from the spec. */
  private static final class Target {
    final Operation operation;
    final List<String> segments;
    final List<Parameter> query;
    final MediaType mediaType;
    final FeishuErrors errors;
    final Duration longestRateWindow;
    final String stateParameter;
    final RequestExecutor.TokenHeader tokenHeader;

    Target(
        ContractModel model, Operation operation, Duration longestOfAll, String tokenPlaceholder) {
      this.operation = operation;
      this.segments = List.of(operation.path().substring(1).split("/", -1));
      this.query = operation.parameters("query");
      this.mediaType =
          operation.requestBody().map(Body::mediaType).map(MediaType::get).orElse(null);
      this.errors = new FeishuErrors(model, operation);
      // A reset beyond every window of the spec is no rate window: refused, not waited for. The
      // spec's longest, not the operation's: a 2 s reset on a per-second-only operation is waited.
      this.longestRateWindow = longestOfAll;
      this.stateParameter =
          operation.stateMachine().map(machine -> machine.offerParameter()).orElse(null);
      this.tokenHeader =
          !operation.authenticated() || tokenPlaceholder == null
              ? null
              : operation.requiredHeaders().stream()
                  .filter(h -> h.value().contains(tokenPlaceholder))
                  .findFirst()
                  .map(
                      h -> {
                        int at = h.value().indexOf(tokenPlaceholder);
                        return new RequestExecutor.TokenHeader(
                            h.name(),
                            h.value().substring(0, at),
                            h.value().substring(at + tokenPlaceholder.length()));
                      })
                  .orElse(null);
    }

    /**
     * An operation sent with a token must say in which header: its {@code x-required-headers} entry
     * with the token's placeholder.
     */
    void requireTokenHeader() {
      if (operation.authenticated() && tokenHeader == null) {
        throw new IllegalStateException(
            "The spec does not say how "
                + operation.operationId()
                + " carries its token: "
                + operation.pointer()
                + "/x-required-headers has no header whose value holds the token's placeholder");
      }
    }

    RequestExecutor.Plan plan(Map<String, String> texts) {
      return new RequestExecutor.Plan(
          operation.operationId(),
          errors,
          tokenHeader,
          longestRateWindow,
          unknownOutcomeAdvice(texts));
    }

    /** Null for a read (sent again when its answer is lost); else how to check a write. */
    private String unknownOutcomeAdvice(Map<String, String> texts) {
      if (SAFE_METHODS.contains(operation.method())) {
        return null;
      }
      String offerId = stateParameter == null ? null : texts.get(stateParameter);
      if (offerId == null) {
        return "check whether it took effect before sending it again";
      }
      return "read the offer with OfferStatusClient.getOffer(\""
          + MessageText.escape(offerId)
          + "\") (CLI: offer-status show "
          + offerId
          + ") to see whether its offer_status changed before sending it again";
    }
  }
}
