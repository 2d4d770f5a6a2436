package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The platform facts the simulator serves, read once from the spec: the operation's path, its rate
 * limit ({@code x-rate-limit}), its required scopes, the token URL, and for every error code its
 * HTTP status and message (from {@code x-error-codes} and the named error examples).
 */
record ContractFacts(
    String operationPath,
    String tokenPath,
    int perSecond,
    int perMinute,
    Set<String> requiredScopes,
    Map<Integer, Integer> statusByCode,
    Map<Integer, String> messageByCode) {

  static final String OPERATION_TEMPLATE =
      "/open-apis/hire/v1/offers/{offer_id}/intern_offer_status";

  ContractFacts {
    requiredScopes = Set.copyOf(requiredScopes);
    statusByCode = Map.copyOf(statusByCode);
    messageByCode = Map.copyOf(messageByCode);
  }

  /** Reads the facts from an OpenAPI document's text. */
  static ContractFacts fromSpec(String openApiYaml) {
    Objects.requireNonNull(openApiYaml, "openApiYaml == null");
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(openApiYaml);
    } catch (IOException e) {
      throw new UncheckedIOException("The OpenAPI spec is not valid YAML: " + e.getMessage(), e);
    }
    JsonNode operation = require(root, "/paths/" + escape(OPERATION_TEMPLATE) + "/post");
    JsonNode rateLimit = require(operation, "/x-rate-limit");
    Set<String> scopes = new LinkedHashSet<>();
    operation.path("x-required-scopes").forEach(scope -> scopes.add(scope.asText()));

    Map<Integer, Integer> statuses = new HashMap<>();
    Map<Integer, String> messages = new HashMap<>();
    for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
      int status = Integer.parseInt(response.getKey());
      for (JsonNode media : response.getValue().path("content")) {
        for (JsonNode example : media.path("examples")) {
          JsonNode value = resolve(root, example).path("value");
          int code = value.path("code").asInt();
          if (code != 0) {
            statuses.put(code, status);
            messages.put(code, value.path("msg").asText());
          }
        }
      }
    }
    for (JsonNode errorCode : operation.path("x-error-codes")) {
      statuses.put(errorCode.path("code").asInt(), errorCode.path("http-status").asInt());
    }
    String tokenUrl =
        require(root, "/components/securitySchemes/tenant_access_token/x-token-url").asText();
    return new ContractFacts(
        OPERATION_TEMPLATE,
        URI.create(tokenUrl).getPath(),
        require(rateLimit, "/per-second").asInt(),
        require(rateLimit, "/per-minute").asInt(),
        scopes,
        statuses,
        messages);
  }

  /** The HTTP status the spec declares for an error code. */
  int status(int code) {
    Integer status = statusByCode.get(code);
    if (status == null) {
      throw new IllegalStateException("The spec declares no HTTP status for error code " + code);
    }
    return status;
  }

  /** The message of the spec's example for an error code. */
  String message(int code) {
    String message = messageByCode.get(code);
    if (message == null) {
      throw new IllegalStateException("The spec has no example message for error code " + code);
    }
    return message;
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    String pointer = ref.asText();
    if (!pointer.startsWith("#")) {
      throw new IllegalStateException("Only local $ref are supported, found " + pointer);
    }
    return require(root, pointer.substring(1));
  }

  private static JsonNode require(JsonNode node, String pointer) {
    JsonNode found = node.at(pointer);
    if (found.isMissingNode()) {
      throw new IllegalStateException("The OpenAPI spec lacks " + pointer);
    }
    return found;
  }

  private static String escape(String pathKey) {
    return pathKey.replace("~", "~0").replace("/", "~1");
  }
}
