package dev.offerstatus.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ContractModelTest {
  private static final String SPEC = ContractResources.read(ContractResources.OPENAPI);
  private static final String WRITE =
      "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post";
  private static final ContractModel MODEL = ContractModel.fromClasspath();

  /** A small spec: one operation, the schemas given, and whatever else the test adds. */
  private static String spec(String schemas) {
    return """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /things/{id}:
            post:
              operationId: postThing
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
              responses:
                '200': {description: ok}
        components:
          schemas:
        """
        + schemas.indent(4);
  }

  @Test
  void theShippedSpecIsReadOnceAndEqualsAFreshRead() {
    assertThat(ContractModel.fromClasspath()).isSameAs(MODEL);
    assertThat(ContractModel.parse(SPEC)).isEqualTo(MODEL);
  }

  @Test
  void findsOperationsByIdAndByMethodAndPathTemplate() {
    assertThat(MODEL.operations())
        .extracting(Operation::operationId)
        .contains("tenantAccessTokenInternal", "internOfferStatus");
    Operation write = MODEL.requireOperation("internOfferStatus");
    assertThat(write.method()).isEqualTo("POST");
    assertThat(write.path()).isEqualTo("/open-apis/hire/v1/offers/{offer_id}/intern_offer_status");
    assertThat(write.pointer()).isEqualTo(WRITE);
    assertThat(MODEL.operation("post", write.path())).containsSame(write);
    assertThat(MODEL.operation("GET", write.path())).isEmpty();
    assertThat(MODEL.operation("nope")).isEmpty();
    assertThatThrownBy(() -> MODEL.requireOperation("nope"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("The spec has no operation nope (it has: ")
        .hasMessageContaining("internOfferStatus")
        .hasMessageContaining("tenantAccessTokenInternal");
  }

  @Test
  void routesARawPathToItsOperationAndPathParameters() {
    var route =
        MODEL.route("POST", "/open-apis/hire/v1/offers/7016%2F605/intern_offer_status").get();
    assertThat(route.operation().operationId()).isEqualTo("internOfferStatus");
    assertThat(route.pathParameters()).containsExactly(Map.entry("offer_id", "7016%2F605"));
    assertThat(MODEL.route("POST", "/open-apis/auth/v3/tenant_access_token/internal").get())
        .extracting(r -> r.operation().operationId())
        .isEqualTo("tenantAccessTokenInternal");
    assertThat(MODEL.route("POST", "/open-apis/hire/v1/offers//intern_offer_status")).isEmpty();
    assertThat(MODEL.route("POST", "/open-apis/hire/v1/offers/a/b/intern_offer_status")).isEmpty();
    assertThat(MODEL.route("DELETE", "/open-apis/auth/v3/tenant_access_token/internal")).isEmpty();
  }

  @Test
  void routingPrefersLiteralSegmentsOverTemplateVariables() {
    ContractModel model =
        ContractModel.parse(
            """
            openapi: 3.0.3
            paths:
              /offers/{offer_id}:
                get: {operationId: getOffer, responses: {'200': {description: ok}}}
              /offers/search:
                get: {operationId: search, responses: {'200': {description: ok}}}
            """);
    assertThat(model.route("GET", "/offers/search").get().operation().operationId())
        .isEqualTo("search");
    assertThat(model.route("GET", "/offers/42").get().operation().operationId())
        .isEqualTo("getOffer");
  }

  @Test
  void readsTheWriteOperationsFacts() {
    Operation write = MODEL.requireOperation("internOfferStatus");

    assertThat(write.rateLimit()).contains(new DeclaredRateLimit(50, OptionalInt.of(1000)));
    assertThat(write.requiredScopes()).containsExactly("hire:offer");
    assertThat(write.authenticated()).isTrue();
    assertThat(write.parameters("path"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("offer_id");
              assertThat(p.required()).isTrue();
              assertThat(p.schema().ref()).isEqualTo("OfferId");
              assertThat(MODEL.resolve(p.schema()).minLength()).isEqualTo(1);
              assertThat(MODEL.resolve(p.schema()).pattern())
                  .isEqualTo("^(?!\\s*$)(?!\\.{1,2}$)[^/\\u0000-\\u001F\\u007F]+$");
              assertThat(p.pointer()).isEqualTo("#/components/parameters/OfferId");
            });
    assertThat(write.errorCodes())
        .extracting(DeclaredErrorCode::code, DeclaredErrorCode::httpStatus, DeclaredErrorCode::kind)
        .containsExactly(
            tuple(1002001, 500, ErrorKind.SYSTEM),
            tuple(1002002, 400, ErrorKind.PARAMETER),
            tuple(1002067, 500, ErrorKind.PENDING_ONBOARDING_STATE),
            tuple(1002068, 500, ErrorKind.ONBOARDED_STATE));
    assertThat(write.ownErrorCode(1002002).get().description()).isEqualTo("参数错误 / parameter error");
    assertThat(write.ownErrorCode(1002002).get().pointer()).isEqualTo(WRITE + "/x-error-codes/1");
  }

  @Test
  void readsTheReadOperationsWithTheirOwnLimitsScopesParametersAndPaging() {
    Operation get = MODEL.requireOperation("getOffer");
    Operation list = MODEL.requireOperation("listOffers");

    assertThat(get.label()).isEqualTo("GET /open-apis/hire/v1/offers/{offer_id}");
    assertThat(get.rateLimit()).contains(new DeclaredRateLimit(20, OptionalInt.empty()));
    assertThat(get.requiredScopes())
        .containsExactly(
            "hire:offer:low_sensitive_info:readonly", "hire:offer:readonly", "hire:offer");
    assertThat(get.successBody().get().schemaName()).contains("GetOfferResponse");
    assertThat(get.pagination()).isEmpty();
    assertThat(list.rateLimit()).contains(new DeclaredRateLimit(50, OptionalInt.of(1000)));
    assertThat(list.requiredScopes()).containsExactly("hire:offer:readonly", "hire:offer");
    assertThat(list.parameters("query"))
        .extracting(p -> p.name())
        .contains("talent_id", "page_size", "page_token", "user_id_type");
    var pageSize = list.parameter("page_size").get();
    assertThat(pageSize.required()).isFalse();
    assertThat(pageSize.schema().maximum()).isEqualByComparingTo(new BigDecimal(200));
    assertThat(pageSize.schema().defaultValue()).isEqualTo(new BigDecimal(10));
    assertThat(list.parameter("talent_id").get().required()).isTrue();
    assertThat(list.parameter("user_id_type").get().schema().enumValues())
        .contains("open_id", "union_id", "user_id");
    assertThat(list.pagination())
        .contains(
            new Pagination(
                "page_token", "page_size", "data.has_more", "data.page_token", "data.items"));
    assertThat(MODEL.errorCode(list, ErrorKind.PARAMETER).get().code()).isEqualTo(1002002);
    assertThat(MODEL.route("GET", "/open-apis/hire/v1/offers/6791698585114741000").get())
        .extracting(r -> r.operation().operationId())
        .isEqualTo("getOffer");
    assertThat(MODEL.route("GET", "/open-apis/hire/v1/offers").get())
        .extracting(r -> r.operation().operationId())
        .isEqualTo("listOffers");
    assertThat(get.upstreamDoc().get().snapshot()).isEqualTo("upstream/offer_get.md");
  }

  @Test
  void readsTheRequestBodyItsSchemaRulesAndNamedExamples() {
    var body = MODEL.requireOperation("internOfferStatus").requestBody().get();

    assertThat(body.mediaType()).isEqualTo("application/json; charset=utf-8");
    assertThat(body.schemaName()).contains("InternOfferStatusRequest");
    assertThat(body.examples().keySet())
        .containsExactly("doc_request", "confirm_onboarding", "cancel_onboarding", "offboard");
    assertThat(body.examples().get("cancel_onboarding").value().toString())
        .isEqualTo("{\"operation\":\"cancel_onboarding\"}");
    assertThat(body.examples().get("cancel_onboarding").pointer())
        .isEqualTo("#/components/examples/CancelOnboardingRequest/value");

    var request = MODEL.schema("InternOfferStatusRequest").get();
    assertThat(request.required()).containsExactly("operation");
    assertThat(request.rules())
        .containsExactly(
            new RequiredWhenRule(
                "onboarding-info-required-for-confirm-onboarding",
                "onboarding_info",
                "operation",
                List.of("confirm_onboarding"),
                false,
                "注意：当 operation 为 `confirm_onboarding` 时，该字段必填 / required when operation is"
                    + " confirm_onboarding",
                "#/components/schemas/InternOfferStatusRequest/x-contract-rules/0"),
            new RequiredWhenRule(
                "offboarding-info-required-for-offboard",
                "offboarding_info",
                "operation",
                List.of("offboard"),
                false,
                "注意：当 operation 为 `offboard` 时，该字段必填 / required when operation is offboard",
                "#/components/schemas/InternOfferStatusRequest/x-contract-rules/1"),
            new DateAfterRule(
                "offboarding-date-after-onboarding-date",
                "offboarding_info.actual_offboarding_date",
                "onboarding_info.actual_onboarding_date",
                true,
                "注意：实际离职日期需晚于实际入职日期 / the actual offboarding date must be later than the"
                    + " actual onboarding date",
                "#/components/schemas/InternOfferStatusRequest/x-contract-rules/2"));
    assertThat(MODEL.resolve(request.properties().get("operation")).enumValues())
        .containsExactly("confirm_onboarding", "cancel_onboarding", "offboard");
  }

  @Test
  void readsTheResponsesAndTheMessageOfEachErrorCode() {
    Operation write = MODEL.requireOperation("internOfferStatus");

    assertThat(write.responses().keySet()).containsExactly("200", "400", "429", "500");
    assertThat(write.responses().get("429").httpStatus()).hasValue(429);
    assertThat(write.successBody().get().schemaName()).contains("InternOfferStatusResponse");
    assertThat(MODEL.errorMessage(write, 99991400)).isEqualTo("request trigger frequency limit");
    assertThat(MODEL.errorMessage(write, 1002067)).isEqualTo("实习待入职状态错误");
    // no example under this operation: the platform's wording
    assertThat(MODEL.errorMessage(write, 99991664)).isEqualTo("invalid app token");
    assertThatThrownBy(() -> MODEL.errorMessage(write, 123))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The spec declares no error code 123 for internOfferStatus or in"
                + " #/x-platform-error-codes");
  }

  @Test
  void declaresThePlatformCodesOnceWithTheGenericPagesWording() {
    assertThat(MODEL.platformErrorCodes())
        .extracting(
            DeclaredErrorCode::code,
            DeclaredErrorCode::httpStatus,
            DeclaredErrorCode::kind,
            DeclaredErrorCode::description)
        .containsExactly(
            tuple(99991400, 429, ErrorKind.RATE_LIMITED, "request trigger frequency limit"),
            tuple(99991401, 400, ErrorKind.IP_DENIED, "ip %s is denied by app setting"),
            tuple(
                99991403,
                400,
                ErrorKind.QUOTA_EXCEEDED,
                "This month's API call quota has been exceeded"),
            tuple(99991661, 400, ErrorKind.TOKEN_MISSING, "Need a token"),
            tuple(
                99991663,
                400,
                ErrorKind.TOKEN_INVALID,
                "Invalid access token for authorization. Please make a request with token"
                    + " attached"),
            tuple(99991664, 400, ErrorKind.APP_TOKEN_INVALID, "invalid app token"),
            tuple(99991671, 400, ErrorKind.TOKEN_MALFORMED, "Invalid token: must start with t-/u-"),
            tuple(
                99991672,
                400,
                ErrorKind.MISSING_SCOPE,
                "Access denied. One of the following scopes is required"),
            tuple(10003, 400, ErrorKind.TOKEN_REQUEST_INVALID, "invalid parameter"),
            tuple(10014, 400, ErrorKind.APP_UNAUTHORIZED, "app unauthorized"),
            tuple(10015, 400, ErrorKind.CREDENTIALS, "wrong app secret"));
    assertThat(MODEL.platformErrorCodes().get(9).advice()).isEqualTo("应用状态不可用，检查应用是否停用");
  }

  @Test
  void findsTheCodeOfAKindForAnOperationBeforeThePlatform() {
    Operation write = MODEL.requireOperation("internOfferStatus");
    Operation token = MODEL.requireTokenOperation();

    assertThat(MODEL.errorCode(write, ErrorKind.PARAMETER).get().code()).isEqualTo(1002002);
    assertThat(MODEL.errorCode(write, ErrorKind.TOKEN_MISSING).get().code()).isEqualTo(99991661);
    assertThat(MODEL.requireErrorCode(token, ErrorKind.CREDENTIALS).code()).isEqualTo(10015);
    assertThat(MODEL.errorCode(write, 10014).get().kind()).isEqualTo(ErrorKind.APP_UNAUTHORIZED);
    assertThat(MODEL.errorCode(token, ErrorKind.PARAMETER)).isEmpty();
    assertThatThrownBy(() -> MODEL.requireErrorCode(token, ErrorKind.PARAMETER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The spec declares no error code of kind parameter for tenantAccessTokenInternal or"
                + " in #/x-platform-error-codes");
  }

  @Test
  void readsTheTokenOperationAndItsPolicy() {
    Operation token = MODEL.requireTokenOperation();

    assertThat(token.operationId()).isEqualTo("tenantAccessTokenInternal");
    assertThat(token.label()).isEqualTo("POST /open-apis/auth/v3/tenant_access_token/internal");
    assertThat(token.authenticated()).isFalse();
    assertThat(token.requestBody().get().schemaName()).contains("TenantAccessTokenRequest");
    assertThat(MODEL.schema("TenantAccessTokenRequest").get().required())
        .containsExactly("app_id", "app_secret");
    assertThat(token.successBody().get().schemaName()).contains("TenantAccessTokenResponse");
    assertThat(MODEL.errorMessage(token, 10015)).isEqualTo("wrong app secret");
    assertThat(MODEL.errorMessage(token, 10014)).isEqualTo("app unauthorized");
    assertThat(token.upstreamDoc())
        .contains(
            new UpstreamDoc(
                "https://open.feishu.cn/document/server-docs/authentication-management/access-token/tenant_access_token_internal",
                "2025-03-26",
                "upstream/tenant_access_token_internal.md"));
    assertThat(MODEL.tokenPolicy().get().maxLifetime()).isEqualTo(Duration.ofHours(2));
    assertThat(MODEL.tokenPolicy().get().reissueBelow()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void readsTheOfferTransitionsWithTheirAssumption() {
    assertThat(MODEL.offerTransitions())
        .containsExactly(
            new OfferTransition("confirm_onboarding", 11, 12, Optional.empty()),
            new OfferTransition(
                "cancel_onboarding",
                11,
                8,
                Optional.of(
                    "The pages do not say which offer_status an intern offer reports after"
                        + " cancel_onboarding; assumed 8 (候选人已拒绝). Correct it here, in one"
                        + " place.")),
            new OfferTransition("offboard", 12, 13, Optional.empty()));
    assertThat(MODEL.requireOperation("internOfferStatus").offerTransitions())
        .isEqualTo(MODEL.offerTransitions());
  }

  @Test
  void valuesAreImmutable() {
    Operation write = MODEL.requireOperation("internOfferStatus");
    var example = write.requestBody().get().examples().get("offboard");
    ((com.fasterxml.jackson.databind.node.ObjectNode) example.value()).put("operation", "x");

    assertThat(example.value().path("operation").asText()).isEqualTo("offboard");
    assertThatThrownBy(() -> write.errorCodes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> write.responses().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> MODEL.schemas().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    ((com.fasterxml.jackson.databind.node.ObjectNode) MODEL.document()).remove("paths");
    assertThat(MODEL.document().has("paths")).isTrue();
  }

  // --- YAML: aliases, limits, YAML 1.2 -------------------------------------------------------

  @Test
  void anAliasIsExpandedToItsAnchorsValue() {
    ContractModel model =
        ContractModel.parse(
            spec(
                """
                Base:
                  type: object
                  required: &req
                    - operation
                  properties:
                    operation: {type: string, enum: &ops [a, b]}
                Thing:
                  type: object
                  required: *req
                  properties:
                    operation: {type: string, enum: *ops}
                """));

    assertThat(model.schema("Thing").get().required()).containsExactly("operation");
    assertThat(model.schema("Thing").get().properties().get("operation").enumValues())
        .containsExactly("a", "b");
  }

  @Test
  void aRequiredThatIsNotAListIsRefusedWithItsPointer() {
    assertThatThrownBy(
            () -> ContractModel.parse(spec("Thing:\n  type: object\n  required: operation\n")))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "#/components/schemas/Thing/required: must be a list of property names, found the"
                + " string \"operation\".")
        .extracting(e -> ((InvalidSpecException) e).pointer())
        .isEqualTo("#/components/schemas/Thing/required");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    spec("Thing:\n  type: object\n  required: {operation: true}\n")))
        .hasMessage(
            "#/components/schemas/Thing/required: must be a list of property names, found a"
                + " map.");
    assertThatThrownBy(
            () -> ContractModel.parse(spec("Thing:\n  type: object\n  required: [operation, 3]\n")))
        .hasMessage("#/components/schemas/Thing/required/1: must be a property name, found 3.");
  }

  @Test
  void anEnumThatIsNotAListIsRefusedWithItsPointer() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    spec(
                        "Thing:\n  type: object\n  properties:\n"
                            + "    op: {type: string, enum: confirm}\n")))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "#/components/schemas/Thing/properties/op/enum: must be a list of values, found the"
                + " string \"confirm\".");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    spec(
                        "Thing:\n  type: object\n  properties:\n"
                            + "    op: {type: string, enum: [a, [b]]}\n")))
        .hasMessage(
            "#/components/schemas/Thing/properties/op/enum/1: must be a string, number or"
                + " boolean.");
  }

  @Test
  void anAliasBombIsRefusedBeforeItExpands() {
    StringBuilder bomb = new StringBuilder("openapi: 3.0.3\na0: &a0 [x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      String prev = "*a" + (i - 1);
      bomb.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(8, prev)))
          .append("]\n");
    }
    assertThatThrownBy(() -> ContractModel.parse(bomb.toString()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "The spec uses more than 64 aliases of collections; the limit guards against alias"
                + " bombs.");
    // within the alias count, the expansion is still bounded
    assertThatThrownBy(
            () -> ContractModel.parse(bomb.toString(), new ReadLimits(1 << 20, 100, 10_000, 50)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "The spec expands to more than 10000 YAML nodes (aliases included); the limit guards"
                + " against alias bombs.");
  }

  @Test
  void aSpecOverTheSizeLimitIsRefusedUnread() {
    assertThatThrownBy(() -> ContractModel.parse(SPEC, new ReadLimits(1000, 64, 1000, 50)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "The spec is " + SPEC.length() + " characters long; the limit is 1000 characters.");
  }

  @Test
  void aCyclicAliasIsRefusedWithItsPointer() {
    assertThatThrownBy(() -> ContractModel.parse("openapi: 3.0.3\nx: &a [1, *a]\n"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("#/x/1: an alias refers to its own anchor (a cycle).");
  }

  @Test
  void yamlErrorsNameLineAndColumn() {
    assertThatThrownBy(() -> ContractModel.parse("openapi: 3.0.3\npaths: [\n"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "The spec is not valid YAML at line 3, column 1: while parsing a flow node; expected"
                + " the node content, but found '<stream end>'")
        .satisfies(e -> assertThat(((InvalidSpecException) e).line()).isEqualTo(3));
    assertThatThrownBy(() -> ContractModel.parse("openapi: 3.0.3\nopenapi: 3.1.0\n"))
        .hasMessage(
            "The spec is not valid YAML at line 2, column 1: while constructing a mapping; found"
                + " duplicate key openapi");
    assertThatThrownBy(() -> ContractModel.parse("- a list"))
        .hasMessage("The spec is not an OpenAPI document (no top-level map).");
  }

  @Test
  void readsYaml12ScalarsAsTheyAreWritten() {
    ContractModel model =
        ContractModel.parse(
            spec(
                """
                Thing:
                  type: object
                  properties:
                    switch: {type: string, enum: [on, off, yes, no], default: on}
                    day: {type: string, enum: [2024-07-11]}
                    size: {type: integer, maximum: 200, default: 10}
                """));
    var properties = model.schema("Thing").get().properties();

    assertThat(properties.get("switch").enumValues()).containsExactly("on", "off", "yes", "no");
    assertThat(properties.get("switch").defaultValue()).isEqualTo("on");
    assertThat(properties.get("day").enumValues()).containsExactly("2024-07-11");
    assertThat(properties.get("size").maximum()).isEqualByComparingTo(new BigDecimal(200));
    assertThat(properties.get("size").defaultValue()).isEqualTo(new BigDecimal(10));
  }

  // --- facts of the wrong shape -----------------------------------------------------------------

  @Test
  void anUnknownErrorKindIsRefusedNamingTheVocabulary() {
    String broken = SPEC.replace("    kind: credentials\n", "    kind: wrong-secret\n");

    assertThatThrownBy(() -> ContractModel.parse(broken))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "#/x-platform-error-codes/10/kind: unknown kind wrong-secret (known kinds: system,"
                + " parameter, pending-onboarding-state, onboarded-state, rate-limited, ip-denied,"
                + " quota-exceeded, token-missing, token-invalid, app-token-invalid,"
                + " token-malformed, missing-scope, token-request-invalid, app-unauthorized,"
                + " credentials).");
  }

  @Test
  void anErrorCodeWithoutKindOrStatusIsRefusedWithItsPointer() {
    assertThatThrownBy(() -> ContractModel.parse(SPEC.replace("          kind: parameter\n", "")))
        .hasMessage(WRITE + "/x-error-codes/1/kind: a non-blank string is required.");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "        - code: 1002002\n          http-status: 400\n",
                        "        - code: 1002002\n")))
        .hasMessage(WRITE + "/x-error-codes/1/http-status: an integer is required, found nothing.");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("        - code: 1002002\n", "        - code: 1002001\n")))
        .hasMessage(WRITE + "/x-error-codes/1/code: code 1002001 is declared twice.");
  }

  @Test
  void aRateLimitWithoutPerSecondIsRefusedAndPerMinuteIsOptional() {
    assertThat(
            ContractModel.parse(SPEC.replace("        per-minute: 1000\n", ""))
                .requireOperation("internOfferStatus")
                .rateLimit())
        .contains(new DeclaredRateLimit(50, OptionalInt.empty()));
    assertThatThrownBy(() -> ContractModel.parse(SPEC.replace("        per-second: 50\n", "")))
        .hasMessage(WRITE + "/x-rate-limit/per-second: a positive integer is required.");
    assertThat(
            ContractModel.parse(SPEC.replace("      x-rate-limit:\n", "      x-rate-limit-off:\n"))
                .requireOperation("internOfferStatus")
                .rateLimit())
        .isEmpty();
  }

  @Test
  void scopesMustBeAListOfNames() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "      x-required-scopes:\n        - hire:offer\n",
                        "      x-required-scopes: hire:offer\n")))
        .hasMessage(
            WRITE
                + "/x-required-scopes: must be a list of scope names, found the string"
                + " \"hire:offer\".");
  }

  @Test
  void aTransitionNeedsIntegerStates() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("          from: 12\n", "          from: twelve\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/2/from: an integer is required, found the string"
                + " \"twelve\".");
  }

  @Test
  void theTokenOperationMustExist() {
    String broken =
        SPEC.replace("x-token-operation: tenantAccessTokenInternal", "x-token-operation: getToken");

    assertThatThrownBy(() -> ContractModel.parse(broken))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith(
            "#/components/securitySchemes/tenant_access_token/x-token-operation: no operation has"
                + " the operationId getToken (it has: ");
    assertThat(
            ContractModel.parse(SPEC.replace("x-token-operation:", "x-token-op:")).tokenOperation())
        .isEmpty();
    assertThatThrownBy(
            () ->
                ContractModel.parse(SPEC.replace("x-token-operation:", "x-token-op:"))
                    .requireTokenOperation())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The spec names no token operation: no #/components/securitySchemes/*"
                + "/x-token-operation");
  }

  @Test
  void aDanglingRefIsRefusedWithItsPointer() {
    String broken =
        SPEC.replace(
            "$ref: '#/components/examples/Error99991400'",
            "$ref: '#/components/examples/Error429'");

    assertThatThrownBy(() -> ContractModel.parse(broken))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            WRITE
                + "/responses/429/content/application~1json/examples/code_99991400/$ref:"
                + " unresolved ref #/components/examples/Error429");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    spec(
                        "Thing:\n  type: object\n  properties:\n    a: {$ref: '#/components/schemas/Nope'}\n")))
        .hasMessage(
            "#/components/schemas/Thing/properties/a/$ref: schema Nope is not in"
                + " #/components/schemas.");
  }

  @Test
  void anOperationWithoutIdIsNamedByMethodAndPath() {
    ContractModel model =
        ContractModel.parse(
            spec("Thing: {type: object}\n").replace("operationId: postThing", "summary: s"));

    assertThat(model.operations())
        .extracting(Operation::operationId)
        .containsExactly("POST /things/{id}");
    assertThat(model.operations().get(0).authenticated()).isFalse();
  }
}
