package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The platform facts of the intern offer status operation: a view of {@link ContractModel} kept for
 * callers written before it. New code asks {@link ContractModel} for the operation it needs.
 *
 * <p>The facts come from the operation {@code POST} {@value #OPERATION_PATH}: its {@code
 * x-rate-limit} ({@code per-second}, {@code per-minute}), its {@code x-required-scopes}, its {@code
 * x-error-codes} ({@code code}, {@code http-status}, {@code description}, {@code advice}), the
 * named examples of its error responses (the {@code code} and {@code msg} of each, under the
 * response's HTTP status; platform codes without an example give their description), and the path
 * of the token operation. A spec that lacks one of them is refused with an {@link
 * IllegalStateException} naming its JSON pointer.
 *
 * @param rateLimit the operation's {@code x-rate-limit}
 * @param requiredScopes the operation's {@code x-required-scopes}, in spec order
 * @param errorCodes the operation's {@code x-error-codes} by code, in spec order
 * @param errorExamples the named examples of the operation's error responses by code, in spec order
 *     (a code named twice keeps its last example)
 * @param tokenPath the path of the token URL, e.g. {@code
 *     /open-apis/auth/v3/tenant_access_token/internal} (with its leading {@code /}, still encoded)
 */
public record ContractFacts(
    RateLimit rateLimit,
    List<String> requiredScopes,
    Map<Integer, ErrorCode> errorCodes,
    Map<Integer, ErrorExample> errorExamples,
    String tokenPath) {

  /** The path template of the operation, as keyed under {@code paths}. */
  public static final String OPERATION_PATH =
      "/open-apis/hire/v1/offers/{offer_id}/intern_offer_status";

  /** The JSON pointer of the operation: {@code POST} {@value #OPERATION_PATH}. */
  public static final String OPERATION_POINTER =
      "/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post";

  /** The JSON pointer of the extension naming the token operation. */
  public static final String TOKEN_OPERATION_POINTER =
      "/components/securitySchemes/tenant_access_token/x-token-operation";

  /** The operation's request limit per app: {@code x-rate-limit}. */
  public record RateLimit(int perSecond, int perMinute) {}

  /** One entry of the operation's {@code x-error-codes}. */
  public record ErrorCode(int code, int httpStatus, String description, String advice) {
    /** Checks that no text is null. */
    public ErrorCode {
      Objects.requireNonNull(description, "description == null");
      Objects.requireNonNull(advice, "advice == null");
    }
  }

  /** A named example of one of the operation's error responses: its code, status and message. */
  public record ErrorExample(int code, int httpStatus, String message) {
    /** Checks that the message is not null. */
    public ErrorExample {
      Objects.requireNonNull(message, "message == null");
    }
  }

  /** Copies the collections (keeping their order) and checks that nothing is null. */
  public ContractFacts {
    Objects.requireNonNull(rateLimit, "rateLimit == null");
    requiredScopes = List.copyOf(Objects.requireNonNull(requiredScopes, "requiredScopes == null"));
    errorCodes =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(errorCodes, "errorCodes == null")));
    errorExamples =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(errorExamples, "errorExamples == null")));
    Objects.requireNonNull(tokenPath, "tokenPath == null");
  }

  private static final class Shipped {
    static final ContractFacts FACTS = fromSpec(ContractResources.read(ContractResources.OPENAPI));
  }

  /** The facts of the spec shipped in {@code offer-status-spec}, parsed once. */
  public static ContractFacts fromClasspath() {
    return Shipped.FACTS;
  }

  /**
   * Reads the facts from any copy of the spec (tests, other tools).
   *
   * @throws IllegalArgumentException when the text is not a YAML (or JSON) mapping
   * @throws IllegalStateException when the spec lacks one of the facts, naming its JSON pointer
   */
  public static ContractFacts fromSpec(String openApiYaml) {
    Objects.requireNonNull(openApiYaml, "openApiYaml == null");
    return of(ContractModel.parse(openApiYaml));
  }

  /** The facts of the write operation, as {@link ContractModel} reads them. */
  public static ContractFacts of(ContractModel model) {
    Operation operation =
        model
            .operation("POST", OPERATION_PATH)
            .orElseThrow(() -> lacks("an operation", OPERATION_POINTER));
    DeclaredRateLimit limit =
        operation
            .rateLimit()
            .orElseThrow(() -> lacks("an integer", OPERATION_POINTER + "/x-rate-limit/per-second"));
    if (limit.perMinute().isEmpty()) {
      throw lacks("an integer", OPERATION_POINTER + "/x-rate-limit/per-minute");
    }
    Map<Integer, ErrorCode> codes = new LinkedHashMap<>();
    for (DeclaredErrorCode code : operation.errorCodes()) {
      codes.put(
          code.code(),
          new ErrorCode(code.code(), code.httpStatus(), code.description(), code.advice()));
    }
    Map<Integer, ErrorExample> examples = new LinkedHashMap<>();
    for (Response response : operation.responses().values()) {
      if (response.httpStatus().isEmpty() || response.content().isEmpty()) {
        continue;
      }
      for (Example example : response.content().get().examples().values()) {
        JsonNode value = example.value();
        int code = value.path("code").asInt();
        if (code != 0) {
          examples.put(
              code,
              new ErrorExample(
                  code, response.httpStatus().getAsInt(), value.path("msg").asText("")));
        }
      }
    }
    for (DeclaredErrorCode code : model.platformErrorCodes()) {
      examples.putIfAbsent(
          code.code(), new ErrorExample(code.code(), code.httpStatus(), code.description()));
    }
    String tokenPath =
        model
            .tokenOperation()
            .map(Operation::path)
            .orElseThrow(() -> lacks("a token operation", TOKEN_OPERATION_POINTER));
    return new ContractFacts(
        new RateLimit(limit.perSecond(), limit.perMinute().getAsInt()),
        operation.requiredScopes(),
        codes,
        examples,
        tokenPath);
  }

  /**
   * The HTTP status the spec declares for an error code: its {@code x-error-codes} entry, else the
   * response status of its named example.
   *
   * @throws IllegalStateException when the spec declares neither
   */
  public int httpStatus(int code) {
    ErrorCode declared = errorCodes.get(code);
    if (declared != null) {
      return declared.httpStatus();
    }
    ErrorExample example = errorExamples.get(code);
    if (example == null) {
      throw new IllegalStateException("The spec declares no HTTP status for error code " + code);
    }
    return example.httpStatus();
  }

  /**
   * The message ({@code msg}) of the spec's named example for an error code.
   *
   * @throws IllegalStateException when the spec has no example with that code
   */
  public String exampleMessage(int code) {
    ErrorExample example = errorExamples.get(code);
    if (example == null) {
      throw new IllegalStateException("The spec has no example message for error code " + code);
    }
    return example.message();
  }

  private static IllegalStateException lacks(String what, String pointer) {
    return new IllegalStateException("The OpenAPI spec lacks " + what + " at #" + pointer);
  }
}
