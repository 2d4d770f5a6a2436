package dev.offerstatus.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.offerstatus.spec.ContractResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The platform facts of the intern offer status operation, read from the spec's vendor extensions
 * ({@code x-rate-limit}, {@code x-required-scopes}, {@code x-error-codes}, the security scheme's
 * {@code x-token-url}) so that none is hard-coded a second time.
 */
record ContractFacts(
    RateLimit rateLimit,
    List<String> requiredScopes,
    Map<Integer, ErrorCode> errorCodes,
    String tokenPath) {

  static final String TOKEN_URL_POINTER =
      "/components/securitySchemes/tenant_access_token/x-token-url";

  static final String OPERATION_POINTER =
      "/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post";

  /** One entry of {@code x-error-codes}. */
  record ErrorCode(int code, int httpStatus, String description, String advice) {}

  private static final class Holder {
    static final ContractFacts SHIPPED = parse(ContractResources.read(ContractResources.OPENAPI));
  }

  ContractFacts {
    Objects.requireNonNull(rateLimit, "rateLimit == null");
    requiredScopes = List.copyOf(requiredScopes);
    errorCodes = Map.copyOf(errorCodes);
    Objects.requireNonNull(tokenPath, "tokenPath == null");
  }

  /** The facts of the spec shipped in {@code offer-status-spec}, parsed once. */
  static ContractFacts shipped() {
    return Holder.SHIPPED;
  }

  static ContractFacts parse(String openApiYaml) {
    JsonNode spec;
    try {
      spec = new YAMLMapper().readTree(openApiYaml);
    } catch (IOException e) {
      throw new UncheckedIOException("The OpenAPI spec is not valid YAML", e);
    }
    JsonNode operation = spec.at(OPERATION_POINTER);
    if (operation.isMissingNode()) {
      throw new IllegalStateException("The OpenAPI spec has no operation at #" + OPERATION_POINTER);
    }
    JsonNode limit = operation.path("x-rate-limit");
    RateLimit rateLimit =
        new RateLimit(
            requiredInt(limit, "per-second", "x-rate-limit"),
            requiredInt(limit, "per-minute", "x-rate-limit"));
    List<String> scopes = new ArrayList<>();
    operation.path("x-required-scopes").forEach(scope -> scopes.add(scope.asText()));
    Map<Integer, ErrorCode> codes = new LinkedHashMap<>();
    for (JsonNode entry : operation.path("x-error-codes")) {
      int code = requiredInt(entry, "code", "x-error-codes");
      codes.put(
          code,
          new ErrorCode(
              code,
              requiredInt(entry, "http-status", "x-error-codes"),
              entry.path("description").asText(""),
              entry.path("advice").asText("")));
    }
    HttpUrl tokenUrl = HttpUrl.parse(spec.at(TOKEN_URL_POINTER).asText(""));
    if (tokenUrl == null) {
      throw new IllegalStateException(
          "The OpenAPI spec lacks an http(s) URL at #" + TOKEN_URL_POINTER);
    }
    // relative to the client's base URL, which ends with '/'
    return new ContractFacts(rateLimit, scopes, codes, tokenUrl.encodedPath().substring(1));
  }

  private static int requiredInt(JsonNode node, String field, String extension) {
    JsonNode value = node.path(field);
    if (!value.canConvertToInt()) {
      throw new IllegalStateException(
          "The OpenAPI spec's "
              + extension
              + " lacks an integer \""
              + field
              + "\" at #"
              + OPERATION_POINTER
              + "/"
              + extension);
    }
    return value.intValue();
  }
}
