package dev.offerstatus.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the spec.
 *
 * @param operationId its {@code operationId}, else {@code METHOD path}
 * @param hasOperationId whether the spec gives an {@code operationId}
 * @param method the HTTP method, upper case
 * @param path the path template as keyed under {@code paths}
 * @param pointer its JSON pointer ({@code #/paths/...})
 * @param line its YAML line, or 0 when unknown
 * @param summary its summary, or empty
 * @param description its description, or empty
 * @param parameters its parameters (path item's and its own, the own winning), in spec order
 * @param requestBody its JSON request body, if it has one
 * @param responses its responses by status key ({@code 200}, {@code 4XX}, {@code default})
 * @param rateLimit its {@code x-rate-limit}
 * @param scopes its {@code x-required-scopes}: any one of them suffices ({@link #requiredScopes()}
 *     for the names)
 * @param appTypes its {@code x-app-types}: the app types that may call it
 * @param requiredHeaders its {@code x-required-headers}, in spec order
 * @param fieldScopes its {@code x-field-scopes}, in spec order
 * @param errorCodes its own {@code x-error-codes} (the platform's are in {@link
 *     ContractModel#platformErrorCodes()})
 * @param upstreamDoc its {@code x-upstream-doc}
 * @param stateMachine its {@code x-offer-transitions}: how it moves an offer between states
 * @param pagination its {@code x-pagination}, for an operation that answers page by page
 * @param authenticated whether its effective {@code security} requires a token
 */
public record Operation(
    String operationId,
    boolean hasOperationId,
    String method,
    String path,
    String pointer,
    int line,
    String summary,
    String description,
    List<Parameter> parameters,
    Optional<Body> requestBody,
    Map<String, Response> responses,
    Optional<DeclaredRateLimit> rateLimit,
    DeclaredList scopes,
    DeclaredList appTypes,
    List<RequiredHeader> requiredHeaders,
    List<FieldScope> fieldScopes,
    List<DeclaredErrorCode> errorCodes,
    Optional<UpstreamDoc> upstreamDoc,
    Optional<StateMachine> stateMachine,
    Optional<Pagination> pagination,
    boolean authenticated) {
  /** Copies the collections. */
  public Operation {
    parameters = List.copyOf(parameters);
    responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    requiredHeaders = List.copyOf(requiredHeaders);
    fieldScopes = List.copyOf(fieldScopes);
    errorCodes = List.copyOf(errorCodes);
  }

  /** The names of {@code x-required-scopes}: any one of them suffices; empty when none. */
  public List<String> requiredScopes() {
    return scopes.values();
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
  public Optional<DeclaredErrorCode> ownErrorCode(int code) {
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
   * @throws IllegalStateException naming the pointer when the operation has no {@code x-rate-limit}
   */
  public DeclaredRateLimit requireRateLimit() {
    return rateLimit.orElseThrow(
        () -> new IllegalStateException("The OpenAPI spec lacks " + pointer + "/x-rate-limit"));
  }
}
