package dev.offerstatus.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Reads, from a spec, the HTTP status each error code is declared with. */
final class ErrorCodes {
  private ErrorCodes() {}

  /**
   * For every operation: the codes of the named examples under each response status, then the
   * operation's {@code x-error-codes} ({@code code}, {@code http-status}), which win.
   */
  static Map<Integer, Integer> statusByCode(String openApi) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(openApi);
    } catch (IOException e) {
      throw new UncheckedIOException("The OpenAPI spec is not valid YAML or JSON", e);
    }
    Map<Integer, Integer> statuses = new HashMap<>();
    for (JsonNode path : root.path("paths")) {
      for (JsonNode operation : path) {
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
          if (!response.getKey().matches("\\d{3}")) {
            continue;
          }
          int status = Integer.parseInt(response.getKey());
          for (JsonNode media : response.getValue().path("content")) {
            for (JsonNode example : media.path("examples")) {
              JsonNode value = resolve(root, example).path("value").path("code");
              if (value.canConvertToInt() && value.asInt() != 0) {
                statuses.put(value.asInt(), status);
              }
            }
          }
        }
        for (JsonNode errorCode : operation.path("x-error-codes")) {
          statuses.put(errorCode.path("code").asInt(), errorCode.path("http-status").asInt());
        }
      }
    }
    return Map.copyOf(statuses);
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref != null && ref.asText().startsWith("#") ? root.at(ref.asText().substring(1)) : node;
  }
}
