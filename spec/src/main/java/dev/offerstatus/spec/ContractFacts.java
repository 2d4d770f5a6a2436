package dev.offerstatus.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The platform facts of the intern offer status operation, read from the spec so that none is
 * hard-coded a second time.
 *
 * <p>The facts come from the operation {@code POST} {@value #OPERATION_PATH}: its {@code
 * x-rate-limit} ({@code per-second}, {@code per-minute}), its {@code x-required-scopes}, its {@code
 * x-error-codes} ({@code code}, {@code http-status}, {@code description}, {@code advice}), the
 * named examples of its error responses (the {@code code} and {@code msg} of each, under the
 * response's HTTP status), and the {@code x-token-url} of the {@code tenant_access_token} security
 * scheme. A spec that lacks one of them is refused with an {@link IllegalStateException} naming its
 * JSON pointer.
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

  /** The JSON pointer of the token endpoint's URL. */
  public static final String TOKEN_URL_POINTER =
      "/components/securitySchemes/tenant_access_token/x-token-url";

  private static final YAMLMapper YAML = new YAMLMapper();

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
    JsonNode root;
    try {
      root = YAML.readTree(openApiYaml);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(
          "The OpenAPI spec is not valid YAML"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("The OpenAPI spec is not a YAML mapping");
    }
    JsonNode operation = require(root, OPERATION_POINTER, "an operation");
    return new ContractFacts(
        new RateLimit(
            requiredInt(root, OPERATION_POINTER + "/x-rate-limit/per-second"),
            requiredInt(root, OPERATION_POINTER + "/x-rate-limit/per-minute")),
        requiredScopes(root),
        errorCodes(root),
        errorExamples(root, operation),
        tokenPath(root));
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

  private static List<String> requiredScopes(JsonNode root) {
    String pointer = OPERATION_POINTER + "/x-required-scopes";
    JsonNode scopes = require(root, pointer, "a list of scopes");
    if (!scopes.isArray()) {
      throw lacks("a list of scopes", pointer);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < scopes.size(); i++) {
      if (!scopes.get(i).isTextual()) {
        throw lacks("a scope name", pointer + "/" + i);
      }
      names.add(scopes.get(i).textValue());
    }
    return names;
  }

  private static Map<Integer, ErrorCode> errorCodes(JsonNode root) {
    String pointer = OPERATION_POINTER + "/x-error-codes";
    JsonNode entries = require(root, pointer, "a list of error codes");
    if (!entries.isArray()) {
      throw lacks("a list of error codes", pointer);
    }
    Map<Integer, ErrorCode> codes = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = pointer + "/" + i;
      int code = requiredInt(root, entry + "/code");
      codes.put(
          code,
          new ErrorCode(
              code,
              requiredInt(root, entry + "/http-status"),
              entries.get(i).path("description").asText(""),
              entries.get(i).path("advice").asText("")));
    }
    return codes;
  }

  /** Every named example with a non-zero {@code code} under a numeric response status. */
  private static Map<Integer, ErrorExample> errorExamples(JsonNode root, JsonNode operation) {
    Map<Integer, ErrorExample> examples = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
      if (!response.getKey().matches("[1-5]\\d\\d")) {
        continue;
      }
      int status = Integer.parseInt(response.getKey());
      for (JsonNode media : response.getValue().path("content")) {
        for (JsonNode example : media.path("examples")) {
          JsonNode value = resolve(root, example).path("value");
          int code = value.path("code").asInt();
          if (code != 0) {
            examples.put(code, new ErrorExample(code, status, value.path("msg").asText("")));
          }
        }
      }
    }
    return examples;
  }

  private static String tokenPath(JsonNode root) {
    JsonNode url = root.at(TOKEN_URL_POINTER);
    URI uri = null;
    if (url.isTextual()) {
      try {
        uri = new URI(url.textValue());
      } catch (URISyntaxException e) {
        uri = null;
      }
    }
    if (uri == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getRawPath() == null
        || uri.getRawPath().isEmpty()) {
      throw lacks("an http(s) URL", TOKEN_URL_POINTER);
    }
    return uri.getRawPath();
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    String target = ref.asText();
    if (!target.startsWith("#")) {
      throw new IllegalStateException("Only local $ref are supported, found " + target);
    }
    return require(root, target.substring(1), "the target of a $ref");
  }

  private static int requiredInt(JsonNode root, String pointer) {
    JsonNode value = root.at(pointer);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw lacks("an integer", pointer);
    }
    return value.intValue();
  }

  private static JsonNode require(JsonNode root, String pointer, String what) {
    JsonNode found = root.at(pointer);
    if (found.isMissingNode()) {
      throw lacks(what, pointer);
    }
    return found;
  }

  private static IllegalStateException lacks(String what, String pointer) {
    return new IllegalStateException("The OpenAPI spec lacks " + what + " at #" + pointer);
  }
}
