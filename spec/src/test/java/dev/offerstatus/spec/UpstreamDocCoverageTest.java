package dev.offerstatus.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Until the Maven plugin's check-doc goal exists: every field, enum value and error code that the
 * vendored upstream doc names is present in the spec.
 */
class UpstreamDocCoverageTest {
  private static final Pattern TABLE_FIELD = Pattern.compile("(?m)^([a-z][a-z_]*) \\| ");
  private static final Pattern ENUM_VALUE = Pattern.compile("(?m)^- ([a-z][a-z_]*)：");
  private static final Pattern ERROR_ROW = Pattern.compile("(?m)^(\\d{3}) \\| (\\d{7,8}) \\| ");

  private static String doc;
  private static OpenAPI api;

  @BeforeAll
  static void load() {
    doc = ContractResources.read(ContractResources.UPSTREAM_DOC);
    ParseOptions options = new ParseOptions();
    options.setResolveFully(true);
    api =
        new OpenAPIV3Parser()
            .readContents(ContractResources.read(ContractResources.OPENAPI), null, options)
            .getOpenAPI();
  }

  private static Set<String> all(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String section(String from, String to) {
    int start = doc.indexOf(from);
    int end = to == null ? doc.length() : doc.indexOf(to, start);
    assertThat(start).as("doc section %s", from).isNotNegative();
    return doc.substring(start, end);
  }

  private static Set<String> propertyNames(Schema<?> schema) {
    Set<String> names = new LinkedHashSet<>();
    if (schema.getProperties() != null) {
      schema
          .getProperties()
          .forEach(
              (name, child) -> {
                names.add(name);
                names.addAll(propertyNames(child));
              });
    }
    return names;
  }

  private static Operation operation() {
    return api.getPaths().get("/open-apis/hire/v1/offers/{offer_id}/intern_offer_status").getPost();
  }

  @Test
  void snapshotKeepsItsFrontMatter() {
    assertThat(doc)
        .startsWith("---\ntitle: \"更新实习 Offer 入/离职状态\"\n")
        .contains(
            "source_url: https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/"
                + "delivery-process-management/offer/intern_offer_status",
            "last_remote_update: 2024-07-11");
  }

  @Test
  void everyRequestFieldOfTheDocIsInTheRequestSchema() {
    Set<String> docFields = all(TABLE_FIELD, section("### 请求体\n", "### 请求体示例"));
    assertThat(docFields)
        .containsExactly(
            "operation",
            "onboarding_info",
            "actual_onboarding_date",
            "offboarding_info",
            "actual_offboarding_date",
            "notes");
    Schema<?> request =
        operation()
            .getRequestBody()
            .getContent()
            .get("application/json; charset=utf-8")
            .getSchema();
    assertThat(propertyNames(request)).containsExactlyInAnyOrderElementsOf(docFields);
  }

  @Test
  void everyResponseFieldOfTheDocIsInTheResponseSchema() {
    Set<String> docFields = all(TABLE_FIELD, section("### 响应体\n", "### 响应体示例"));
    assertThat(docFields).contains("code", "msg", "data", "offer_id", "notes");
    Schema<?> response =
        operation().getResponses().get("200").getContent().get("application/json").getSchema();
    assertThat(propertyNames(response)).containsExactlyInAnyOrderElementsOf(docFields);
  }

  @Test
  void everyEnumValueOfTheDocIsInTheOperationEnum() {
    Set<String> docValues = all(ENUM_VALUE, doc);
    assertThat(docValues).containsExactly("confirm_onboarding", "cancel_onboarding", "offboard");
    Schema<?> operation = api.getComponents().getSchemas().get("Operation");
    List<Object> specValues = new java.util.ArrayList<>(operation.getEnum());
    assertThat(specValues).containsExactlyElementsOf(docValues);
  }

  @Test
  void everyErrorCodeOfTheDocIsDeclaredWithItsHttpStatus() {
    Map<String, String> docCodes = new java.util.LinkedHashMap<>();
    Matcher m = ERROR_ROW.matcher(section("### 错误码", null));
    while (m.find()) {
      docCodes.put(m.group(2), m.group(1));
    }
    assertThat(docCodes).hasSize(4);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> declared =
        (List<Map<String, Object>>) operation().getExtensions().get("x-error-codes");
    Map<String, String> specCodes =
        declared.stream()
            .collect(
                Collectors.toMap(
                    e -> String.valueOf(e.get("code")), e -> String.valueOf(e.get("http-status"))));
    assertThat(specCodes).isEqualTo(docCodes);
    docCodes.forEach(
        (code, status) ->
            assertThat(
                    operation()
                        .getResponses()
                        .get(status)
                        .getContent()
                        .get("application/json")
                        .getExamples())
                .as("HTTP %s examples", status)
                .containsKey("code_" + code));
  }

  @Test
  void theDocsRateLimitAndScopeAreInTheSpec() {
    assertThat(doc).contains("1000 次/分钟、50 次/秒", "(hire:offer)");
    assertThat(operation().getExtensions().get("x-required-scopes"))
        .isEqualTo(List.of("hire:offer"));
    assertThat(operation().getExtensions().get("x-rate-limit").toString())
        .contains("per-second=50", "per-minute=1000");
  }
}
