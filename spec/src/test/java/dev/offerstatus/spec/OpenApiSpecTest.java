package dev.offerstatus.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiSpecTest {
  private static final String PATH = "/open-apis/hire/v1/offers/{offer_id}/intern_offer_status";
  private static final String GET_PATH = "/open-apis/hire/v1/offers/{offer_id}";
  private static final String LIST_PATH = "/open-apis/hire/v1/offers";
  private static final String UPDATE_PATH = "/open-apis/hire/v1/offers/{offer_id}/offer_status";
  private static SwaggerParseResult result;
  private static OpenAPI api;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    result =
        new OpenAPIV3Parser()
            .readContents(ContractResources.read(ContractResources.OPENAPI), null, options);
    api = result.getOpenAPI();
  }

  private static Operation operation() {
    PathItem item = api.getPaths().get(PATH);
    assertThat(item).as("path %s", PATH).isNotNull();
    return item.getPost();
  }

  @Test
  void parsesWithoutErrorsOrWarnings() {
    assertThat(result.getMessages()).isEmpty();
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void declaresTheServerMethodPathAndOperation() {
    assertThat(api.getServers()).extracting("url").containsExactly("https://open.feishu.cn");
    assertThat(api.getPaths())
        .containsOnlyKeys(
            PATH,
            GET_PATH,
            LIST_PATH,
            UPDATE_PATH,
            "/open-apis/auth/v3/tenant_access_token/internal");
    Operation op = operation();
    assertThat(op).isNotNull();
    assertThat(op.getOperationId()).isEqualTo("internOfferStatus");
    assertThat(op.getSummary()).startsWith("更新实习 Offer 入/离职状态");
    assertThat(op.getDescription()).contains("实习待入职", "pending");
  }

  @Test
  void requiresTheBearerTenantTokenAndTheHireOfferScope() {
    var scheme = api.getComponents().getSecuritySchemes().get("tenant_access_token");
    assertThat(scheme.getType().toString()).isEqualTo("http");
    assertThat(scheme.getScheme()).isEqualTo("bearer");
    assertThat(operation().getSecurity()).hasSize(1);
    assertThat(operation().getSecurity().get(0)).containsOnlyKeys("tenant_access_token");
    assertThat(operation().getExtensions().get("x-required-scopes"))
        .isEqualTo(List.of("hire:offer"));
  }

  @Test
  void requestBodyIsJsonUtf8() {
    assertThat(operation().getRequestBody().getRequired()).isTrue();
    assertThat(operation().getRequestBody().getContent())
        .containsOnlyKeys("application/json; charset=utf-8");
  }

  @Test
  void offerIdIsARequiredPathParameterWithTheDocExample() {
    Parameter offerId = operation().getParameters().get(0);
    assertThat(offerId.getName()).isEqualTo("offer_id");
    assertThat(offerId.getIn()).isEqualTo("path");
    assertThat(offerId.getRequired()).isTrue();
    assertThat(offerId.getExample()).isEqualTo("7016605170635213100");
  }

  @Test
  void declaresTheRateLimitAsAVendorExtension() {
    assertThat(operation().getExtensions().get("x-rate-limit"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("per-second", 50)
        .containsEntry("per-minute", 1000);
  }

  @Test
  void everyDocErrorCodeHasItsStatusAndANamedExample() {
    Map<String, ApiResponse> responses = operation().getResponses();
    assertThat(responses).containsKeys("200", "400", "429", "500");
    assertThat(responses.get("400").getContent().get("application/json").getExamples())
        .containsKeys("code_1002002", "code_99991661", "code_99991663", "code_99991672");
    assertThat(responses.get("500").getContent().get("application/json").getExamples())
        .containsKeys("code_1002001", "code_1002067", "code_1002068");
    ApiResponse throttled = responses.get("429");
    assertThat(throttled.getContent().get("application/json").getExamples())
        .containsOnlyKeys("code_99991400");
    assertThat(throttled.getHeaders())
        .containsKeys("x-ogw-ratelimit-limit", "x-ogw-ratelimit-reset", "X-Tt-Logid");
  }

  @Test
  void datesAreFormatDateAndNestedRequiredListsAreDeclared() {
    Map<String, Schema<?>> schemas = new java.util.HashMap<>();
    api.getComponents().getSchemas().forEach(schemas::put);
    assertThat(schemas)
        .containsKeys(
            "InternOfferStatusRequest",
            "InternOfferOnboardingInfo",
            "InternOfferOffboardingInfo",
            "InternOfferStatus",
            "InternOfferStatusResponse");
    Schema<?> onboarding = schemas.get("InternOfferOnboardingInfo");
    Schema<?> offboarding = schemas.get("InternOfferOffboardingInfo");
    assertThat(onboarding.getRequired()).containsExactly("actual_onboarding_date");
    assertThat(offboarding.getRequired()).containsExactly("actual_offboarding_date");
    assertThat(((Schema<?>) onboarding.getProperties().get("actual_onboarding_date")).getFormat())
        .isEqualTo("date");
    assertThat(((Schema<?>) offboarding.getProperties().get("actual_offboarding_date")).getFormat())
        .isEqualTo("date");
    assertThat(schemas.get("InternOfferStatusRequest").getRequired()).containsExactly("operation");
    List<Object> operations = new java.util.ArrayList<>(schemas.get("Operation").getEnum());
    assertThat(operations).containsExactly("confirm_onboarding", "cancel_onboarding", "offboard");
  }

  @Test
  void declaresTheDocsProseRulesAsContractRules() {
    Object rules =
        api.getComponents()
            .getSchemas()
            .get("InternOfferStatusRequest")
            .getExtensions()
            .get("x-contract-rules");
    assertThat(rules)
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .extracting("id", "kind", "field")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "onboarding-info-required-for-confirm-onboarding",
                "required-when",
                "onboarding_info"),
            org.assertj.core.groups.Tuple.tuple(
                "offboarding-info-required-for-offboard", "required-when", "offboarding_info"),
            org.assertj.core.groups.Tuple.tuple(
                "offboarding-date-after-onboarding-date",
                "date-after",
                "offboarding_info.actual_offboarding_date"));
  }

  @Test
  void getOfferIsAGetWithItsOwnLimitScopesAndDoc() {
    Operation get = api.getPaths().get(GET_PATH).getGet();
    assertThat(get.getOperationId()).isEqualTo("getOffer");
    assertThat(get.getExtensions().get("x-rate-limit"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("per-second", 20)
        .doesNotContainKey("per-minute");
    assertThat(get.getExtensions().get("x-required-scopes"))
        .isEqualTo(
            List.of("hire:offer:low_sensitive_info:readonly", "hire:offer:readonly", "hire:offer"));
    assertThat(get.getExtensions().get("x-upstream-doc"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("snapshot", "upstream/offer_get.md");
    assertThat(get.getParameters())
        .extracting(Parameter::getName, Parameter::getIn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("offer_id", "path"),
            org.assertj.core.groups.Tuple.tuple("user_id_type", "query"),
            org.assertj.core.groups.Tuple.tuple("department_id_type", "query"),
            org.assertj.core.groups.Tuple.tuple("job_level_id_type", "query"),
            org.assertj.core.groups.Tuple.tuple("job_family_id_type", "query"),
            org.assertj.core.groups.Tuple.tuple("employee_type_id_type", "query"));
    assertThat(get.getParameters().get(0).getExample()).isEqualTo("6791698585114741000");
    assertThat(get.getParameters().get(1).getSchema().getDefault()).isEqualTo("open_id");
    assertThat(get.getResponses()).containsKeys("200", "400", "429", "500");
  }

  @Test
  void listOffersPagesByTokenWithAtMost200PerPage() {
    Operation list = api.getPaths().get(LIST_PATH).getGet();
    assertThat(list.getOperationId()).isEqualTo("listOffers");
    assertThat(list.getExtensions().get("x-rate-limit"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("per-second", 50)
        .containsEntry("per-minute", 1000);
    assertThat(list.getExtensions().get("x-required-scopes"))
        .isEqualTo(List.of("hire:offer:readonly", "hire:offer"));
    Map<String, Parameter> byName = new java.util.LinkedHashMap<>();
    list.getParameters().forEach(p -> byName.put(p.getName(), p));
    assertThat(byName)
        .containsOnlyKeys(
            "page_token", "page_size", "talent_id", "user_id_type", "employee_type_id_type");
    assertThat(byName.get("talent_id").getRequired()).isTrue();
    Schema<?> pageSize = byName.get("page_size").getSchema();
    assertThat(pageSize.getMaximum()).isEqualByComparingTo("200");
    assertThat(pageSize.getDefault()).isEqualTo(10);
    assertThat(byName.get("employee_type_id_type").getSchema().getDefault())
        .isEqualTo("people_admin_employee_type_id");
  }

  @Test
  void offerStatusIsAnIntegerEnumOf13DescribedStates() {
    Schema<?> status = api.getComponents().getSchemas().get("OfferStatus");
    assertThat(status.getType()).isEqualTo("integer");
    assertThat(new java.util.ArrayList<Object>(status.getEnum()))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    assertThat(status.getExtensions().get("x-enum-descriptions"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .hasSize(13)
        .containsEntry(
            "11", "实习待入职（仅实习 Offer 具有） / intern, pending onboarding (intern offers only)");
    assertThat((List<?>) status.getExtensions().get("x-enum-varnames")).hasSize(13);
    assertThat(api.getComponents().getSchemas())
        .containsKeys(
            "GetOfferResponse",
            "GetOfferResponseData",
            "Offer",
            "ListOffersResponse",
            "ListOffersResponseData",
            "OfferListInfo",
            "OfferType",
            "OfferJobInfo");
  }

  @Test
  void updateOfferStatusIsThePagesPatchWithItsFieldsRulesAndLimit() {
    Operation update = api.getPaths().get(UPDATE_PATH).getPatch();
    assertThat(update.getOperationId()).isEqualTo("updateOfferStatus");
    assertThat(update.getSummary()).startsWith("更新 Offer 状态");
    assertThat(update.getParameters().get(0).getExample()).isEqualTo("6930815272790114324");
    assertThat(update.getExtensions().get("x-rate-limit"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("per-minute", 100)
        .doesNotContainKey("per-second");
    assertThat(update.getExtensions().get("x-required-scopes")).isEqualTo(List.of("hire:offer"));
    Schema<?> body =
        update.getRequestBody().getContent().get("application/json; charset=utf-8").getSchema();
    assertThat(body.get$ref()).isEqualTo("#/components/schemas/UpdateOfferStatusRequest");
    Schema<?> request = api.getComponents().getSchemas().get("UpdateOfferStatusRequest");
    assertThat(request.getRequired()).containsExactly("offer_status");
    assertThat(request.getProperties())
        .containsOnlyKeys(
            "offer_status",
            "expiration_date",
            "termination_reason_id_list",
            "termination_reason_note");
    assertThat(request.getProperties().get("expiration_date").getFormat()).isEqualTo("date");
    assertThat(request.getProperties().get("termination_reason_id_list").getMaxItems())
        .isEqualTo(50);
    Schema<?> status = api.getComponents().getSchemas().get("UpdatableOfferStatus");
    assertThat(status.getEnum().stream().map(String::valueOf))
        .containsExactly("2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(request.getExtensions().get("x-contract-rules"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .hasSize(2);
    assertThat(api.getComponents().getSchemas()).containsKey("UpdateOfferStatusResponse");
  }

  @Test
  void everyOperationsErrorCodeHasANamedExampleUnderItsHttpStatus() {
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperations().stream()
                    .filter(op -> op.getExtensions() != null)
                    .forEach(
                        op -> {
                          Object codes = op.getExtensions().get("x-error-codes");
                          if (codes == null) {
                            return;
                          }
                          for (Object entry : (List<?>) codes) {
                            Map<?, ?> code = (Map<?, ?>) entry;
                            ApiResponse response =
                                op.getResponses().get(String.valueOf(code.get("http-status")));
                            assertThat(response)
                                .as("%s %s", op.getOperationId(), code.get("code"))
                                .isNotNull();
                            assertThat(response.getContent().get("application/json").getExamples())
                                .as("%s %s", op.getOperationId(), code.get("code"))
                                .containsKey("code_" + code.get("code"));
                          }
                        }));
  }
}
