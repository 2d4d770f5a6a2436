package dev.offerstatus.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    DeclaredRateLimit limit = write.requireRateLimit();
    assertThat(limit.windows())
        .extracting(
            DeclaredRateLimit.Window::key,
            DeclaredRateLimit.Window::length,
            DeclaredRateLimit.Window::limit,
            DeclaredRateLimit.Window::pointer)
        .containsExactly(
            tuple("per-second", Duration.ofSeconds(1), 50, WRITE + "/x-rate-limit/per-second"),
            tuple("per-minute", Duration.ofMinutes(1), 1000, WRITE + "/x-rate-limit/per-minute"));
    assertThat(limit.perSecond()).hasValue(50);
    assertThat(limit.perMinute()).hasValue(1000);
    assertThat(limit.longest().key()).isEqualTo("per-minute");
    assertThat(limit.scope()).isEqualTo("app and tenant");
    assertThat(limit.pointer()).isEqualTo(WRITE + "/x-rate-limit");
    assertThat(limit.line())
        .isEqualTo(lineOf("operationId: internOfferStatus", "      x-rate-limit:\n"));
    assertThat(limit.windows().get(0).line()).isEqualTo(limit.line() + 1);
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
    assertThat(get.requireRateLimit().perSecond()).hasValue(20);
    assertThat(get.requireRateLimit().perMinute()).isEmpty();
    assertThat(get.requiredScopes())
        .containsExactly(
            "hire:offer:low_sensitive_info:readonly", "hire:offer:readonly", "hire:offer");
    assertThat(get.successBody().get().schemaName()).contains("GetOfferResponse");
    assertThat(get.pagination()).isEmpty();
    assertThat(list.requireRateLimit().windows())
        .extracting(DeclaredRateLimit.Window::key, DeclaredRateLimit.Window::limit)
        .containsExactly(tuple("per-second", 50), tuple("per-minute", 1000));
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
                "page_token",
                "page_size",
                "data.has_more",
                "data.page_token",
                "data.items",
                "#/paths/~1open-apis~1hire~1v1~1offers/get/x-pagination",
                lineOf("operationId: listOffers", "      x-pagination:\n")));
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
                "#/components/schemas/InternOfferStatusRequest/x-contract-rules/0",
                lineOf("        - id: onboarding-info-required-for-confirm-onboarding\n")),
            new RequiredWhenRule(
                "offboarding-info-required-for-offboard",
                "offboarding_info",
                "operation",
                List.of("offboard"),
                false,
                "注意：当 operation 为 `offboard` 时，该字段必填 / required when operation is offboard",
                "#/components/schemas/InternOfferStatusRequest/x-contract-rules/1",
                lineOf("        - id: offboarding-info-required-for-offboard\n")),
            new DateAfterRule(
                "offboarding-date-after-onboarding-date",
                "offboarding_info.actual_offboarding_date",
                "onboarding_info.actual_onboarding_date",
                true,
                "注意：实际离职日期需晚于实际入职日期 / the actual offboarding date must be later than the"
                    + " actual onboarding date",
                "#/components/schemas/InternOfferStatusRequest/x-contract-rules/2",
                lineOf("        - id: offboarding-date-after-onboarding-date\n")));
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
                "upstream/tenant_access_token_internal.md",
                token.pointer() + "/x-upstream-doc",
                lineOf("operationId: tenantAccessTokenInternal", "      x-upstream-doc:\n")));
    assertThat(MODEL.tokenPolicy().get().maxLifetime()).isEqualTo(Duration.ofHours(2));
    assertThat(MODEL.tokenPolicy().get().reissueBelow()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void readsTheInternStateMachineWithItsAssumptionAndCodes() {
    StateMachine machine = MODEL.requireOperation("internOfferStatus").stateMachine().get();

    assertThat(machine.offerParameter()).isEqualTo("offer_id");
    assertThat(machine.states()).isEqualTo("OfferStatus");
    assertThat(machine.selector()).isEqualTo("operation");
    assertThat(machine.unknownOfferCode()).isEqualTo(1002002);
    assertThat(machine.pointer()).isEqualTo(WRITE + "/x-offer-transitions");
    assertThat(machine.line())
        .isEqualTo(lineOf("operationId: internOfferStatus", "      x-offer-transitions:\n"));
    assertThat(machine.transitions())
        .extracting(
            StateMachine.Transition::when,
            StateMachine.Transition::from,
            StateMachine.Transition::to,
            StateMachine.Transition::refusedCode,
            StateMachine.Transition::keeps)
        .containsExactly(
            tuple("confirm_onboarding", List.of(11), 12, 1002067, List.of("onboarding_info")),
            tuple("cancel_onboarding", List.of(11), 8, 1002067, List.of()),
            tuple("offboard", List.of(12), 13, 1002068, List.of("offboarding_info")));
    StateMachine.Transition cancel = machine.transition("cancel_onboarding").get();
    assertThat(cancel.assumption())
        .contains(
            "The pages do not say which offer_status an intern offer reports after"
                + " cancel_onboarding; assumed 8 (候选人已拒绝). Correct it here, in one place.");
    assertThat(cancel.pointer()).isEqualTo(WRITE + "/x-offer-transitions/transitions/1");
    assertThat(cancel.allows(11)).isTrue();
    assertThat(cancel.allows(12)).isFalse();
    assertThat(cancel.refusalCode(12)).isEqualTo(1002067);
    assertThat(machine.transition("offboard").get().refusalCode(11)).isEqualTo(1002068);
    assertThat(machine.transition("resign")).isEmpty();
    assertThat(MODEL.stateMachines()).containsOnlyKeys("internOfferStatus", "updateOfferStatus");
  }

  @Test
  void readsTheUpdateStateMachineWithItsStatedAndAssumedTransitions() {
    Operation update = MODEL.requireOperation("updateOfferStatus");
    StateMachine machine = update.stateMachine().get();

    assertThat(machine.selector()).isEqualTo("offer_status");
    assertThat(machine.unknownOfferCode()).isEqualTo(1002064);
    assertThat(machine.refusedFrom())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.states()).containsExactly(11, 12, 13);
              assertThat(r.code()).isEqualTo(1002071);
            });
    assertThat(machine.transitions())
        .extracting(t -> ((BigDecimal) t.when()).intValueExact(), StateMachine.Transition::to)
        .containsExactly(
            tuple(2, 2),
            tuple(3, 3),
            tuple(4, 4),
            tuple(5, 5),
            tuple(6, 6),
            tuple(7, 7),
            tuple(8, 8),
            tuple(9, 9),
            tuple(10, 10));
    // 1002072: an offer can be made expired only from 「已发出」(6) or 「候选人已接受」(7): stated
    StateMachine.Transition expire = machine.transition(new BigDecimal(9)).get();
    assertThat(expire.from()).containsExactly(6, 7);
    assertThat(expire.assumption()).isEmpty();
    assertThat(expire.refusalCode(4)).isEqualTo(1002072);
    // 1002071: nothing changes once the application reached 「待入职」 (the intern states)
    assertThat(expire.refusalCode(12)).isEqualTo(1002071);
    StateMachine.Transition send = machine.transition(new BigDecimal(6)).get();
    assertThat(send.assumption()).isPresent();
    assertThat(send.refusalCode(2)).isEqualTo(1002069);
    assertThat(send.refusalCode(11)).isEqualTo(1002071);
    assertThat(send.keeps()).containsExactly("expiration_date");
    assertThat(machine.transition(new BigDecimal(8)).get().keeps())
        .containsExactly("termination_reason_id_list", "termination_reason_note");
    assertThat(machine.transitions().stream().filter(t -> t.assumption().isEmpty()))
        .singleElement()
        .isSameAs(expire);
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
  void anyKebabCaseErrorKindIsAcceptedAndKeptAsItsId() {
    Operation write =
        ContractModel.parse(
                SPEC.replace(
                    "          kind: onboarded-state\n", "          kind: some-new-state\n"))
            .requireOperation("internOfferStatus");

    ErrorKind kind = write.ownErrorCode(1002068).get().kind();
    assertThat(kind.id()).isEqualTo("some-new-state");
    assertThat(kind).isEqualTo(ErrorKind.of("some-new-state")).hasToString("some-new-state");
    assertThat(kind.isHandled()).isFalse();
    assertThat(ErrorKind.of("rate-limited")).isSameAs(ErrorKind.RATE_LIMITED);
    assertThat(ErrorKind.RATE_LIMITED.isHandled()).isTrue();
    assertThat(ErrorKind.HANDLED).hasSize(15);
    assertThat(MODEL.requireOperation("updateOfferStatus").ownErrorCode(1002064).get().kind())
        .isEqualTo(ErrorKind.of("offer-not-found"));
  }

  @Test
  void anErrorKindThatIsNotKebabCaseIsRefused() {
    String broken = SPEC.replace("    kind: credentials\n", "    kind: Wrong Secret\n");

    assertThatThrownBy(() -> ContractModel.parse(broken))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "#/x-platform-error-codes/10/kind: a kind is a lower-case kebab id like"
                + " offer-not-found, found \"Wrong Secret\".");
    assertThatThrownBy(() -> ErrorKind.of("-x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an error kind is a lower-case kebab id like offer-not-found, got \"-x\"");
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
  void aRateLimitHoldsAnyNonEmptySubsetOfWindows() {
    assertThat(MODEL.requireOperation("updateOfferStatus").requireRateLimit().windows())
        .extracting(DeclaredRateLimit.Window::key, DeclaredRateLimit.Window::limit)
        .containsExactly(tuple("per-minute", 100));
    assertThat(MODEL.requireOperation("updateOfferStatus").requireRateLimit().perSecond())
        .isEmpty();
    DeclaredRateLimit hourAndDay =
        ContractModel.parse(
                SPEC.replace(
                    "        per-second: 50\n        per-minute: 1000\n",
                    "        per-day: 5000\n        per-hour: 300\n"))
            .requireOperation("internOfferStatus")
            .requireRateLimit();
    assertThat(hourAndDay.windows())
        .extracting(DeclaredRateLimit.Window::length, DeclaredRateLimit.Window::limit)
        .containsExactly(tuple(Duration.ofHours(1), 300), tuple(Duration.ofDays(1), 5000));
    assertThat(hourAndDay.limitPer(Duration.ofDays(1))).hasValue(5000);
    assertThat(
            ContractModel.parse(SPEC.replace("      x-rate-limit:\n", "      x-rate-limit-off:\n"))
                .requireOperation("internOfferStatus")
                .rateLimit())
        .isEmpty();
  }

  @Test
  void aRateLimitWithoutWindowsOrWithAnUnknownOrNonPositiveOneIsRefused() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("        per-second: 50\n        per-minute: 1000\n", "")))
        .hasMessage(
            WRITE
                + "/x-rate-limit: at least one window (per-second, per-minute, per-hour, per-day)"
                + " with a positive limit is required.");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("        per-second: 50\n", "        per-week: 50\n")))
        .hasMessage(
            WRITE
                + "/x-rate-limit/per-week: unknown key per-week (known: per-second, per-minute,"
                + " per-hour, per-day, scope, doc).");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("        per-second: 50\n", "        per-second: 0\n")))
        .hasMessage(WRITE + "/x-rate-limit/per-second: a positive integer is required.");
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
  void aTransitionNeedsStatesOfTheStatesSchema() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("            from: [12]\n", "            from: [twelve]\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/transitions/2/from/0: a state number is required, found"
                + " the string \"twelve\".");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("            from: [12]\n", "            from: [12, 14]\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/transitions/2/from/1: 14 is not a state (the states'"
                + " enum: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13).");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("        states: OfferStatus\n", "        states: Operation\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/states: the states' schema Operation must have an integer"
                + " enum; it has confirm_onboarding.");
  }

  @Test
  void aTransitionsCodesMustBeDeclared() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "            refused: 1002068\n", "            refused: 1002099\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/transitions/2/refused: error code 1002099 is declared"
                + " neither in the operation's x-error-codes nor in #/x-platform-error-codes.");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "        unknown-offer: 1002002\n", "        unknown-offer: 1002064\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/unknown-offer: error code 1002064 is declared neither in"
                + " the operation's x-error-codes nor in #/x-platform-error-codes.");
  }

  @Test
  void aTransitionsFieldsMustBeTheRequestBodys() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("        selector: operation\n", "        selector: action\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/selector: action is not a property of the request body"
                + " #/components/schemas/InternOfferStatusRequest (it has: offboarding_info,"
                + " onboarding_info, operation).");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "            keeps: [offboarding_info]\n",
                        "            keeps: [offboarding_info, notes]\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/transitions/2/keeps/1: notes is not a property of the"
                + " request body #/components/schemas/InternOfferStatusRequest (it has:"
                + " offboarding_info, onboarding_info, operation).");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "          - when: confirm_onboarding\n", "          - when: offboard\n")))
        .hasMessage(
            WRITE + "/x-offer-transitions/transitions/2/when: offboard has a transition already.");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "        offer-parameter: offer_id\n", "        offer-parameter: id\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/offer-parameter: id is not a path parameter of the"
                + " operation (it has: offer_id).");
  }

  @Test
  void theOldListShapeOfTransitionsIsRefusedNotIgnored() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "      x-offer-transitions:\n        offer-parameter: offer_id\n",
                        "      x-offer-transitions:\n        - operation: offboard\n"
                            + "      x-offer-transitions-was:\n        offer-parameter: offer_id\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions: must be a map (offer-parameter, states, selector,"
                + " unknown-offer, transitions), found a list.");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "            to: 13\n", "            to: 13\n            then: 1\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/transitions/2/then: unknown key then (known: assumption,"
                + " from, keeps, refused, refused-from, to, when).");
  }

  @Test
  void aRefusalForAStateTheTransitionAllowsIsRefused() {
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "            refused: 1002068\n",
                        "            refused: 1002068\n"
                            + "            refused-from:\n"
                            + "              - states: [12]\n"
                            + "                code: 1002002\n")))
        .hasMessage(
            WRITE
                + "/x-offer-transitions/transitions/2/refused-from/0/states: state 12 is in the"
                + " transition's from; a refusal for it never applies.");
  }

  @Test
  void enumValuesHaveTheirLabelsAndNames() {
    Schema status = MODEL.schema("OfferStatus").get();
    assertThat(status.enumLabel(new BigDecimal(11)))
        .contains("实习待入职（仅实习 Offer 具有） / intern, pending onboarding (intern offers only)");
    assertThat(status.enumName(new BigDecimal("11.0"))).contains("INTERN_PENDING_ONBOARDING");
    assertThat(status.enumLabels()).hasSize(13);
    Schema updatable = MODEL.schema("UpdatableOfferStatus").get();
    assertThat(updatable.enumLabels().values())
        .containsExactly(
            "Offer 审批中 / approval in progress",
            "Offer 审批已撤回 / approval withdrawn",
            "Offer 审批通过 / approved",
            "Offer 审批不通过 / approval rejected",
            "Offer 已发送 / offer sent",
            "Offer 被候选人接受 / accepted by the candidate",
            "Offer 被候选人拒绝 / rejected by the candidate",
            "Offer 已失效 / offer expired",
            "Offer 已创建 / offer created");
    assertThat(updatable.enumLabel(new BigDecimal(10))).contains("Offer 已创建 / offer created");
    assertThat(status.enumLabel(new BigDecimal(10))).contains("未审批 / not approved yet");
    Schema operation = MODEL.schema("Operation").get();
    assertThat(operation.enumLabel("offboard")).contains("操作离职 / offboard");
    assertThat(operation.enumName("offboard")).contains("OFFBOARD");
    assertThat(MODEL.schema("OfferId").get().enumLabels()).isEmpty();
  }

  @Test
  void anEnumLabelOfNoValueOrVarnamesOfTheWrongLengthAreRefused() {
    String pointer = "#/components/schemas/OfferType";
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "        '2': 实习 Offer / intern offer\n",
                        "        '3': 实习 Offer / intern offer\n")))
        .hasMessage(pointer + "/x-enum-descriptions/3: 3 is not a value of the enum (1, 2).");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace("        - REGULAR\n        - INTERN\n", "        - REGULAR\n")))
        .hasMessage(
            pointer
                + "/x-enum-varnames: must be a list of 2 names, one per enum value, found 1"
                + " names.");
  }

  @Test
  void theRateLimitedAnswersHeaderNamesComeFromTheSpec() {
    assertThat(MODEL.requireRateLimitHeaders())
        .isEqualTo(new RateLimitHeaders("x-ogw-ratelimit-limit", "x-ogw-ratelimit-reset"));
    Header limit =
        MODEL
            .requireOperation("updateOfferStatus")
            .responses()
            .get("429")
            .headers()
            .get("x-ogw-ratelimit-limit");
    assertThat(limit.component()).isEqualTo("RateLimitLimit");
    assertThat(limit.pointer()).isEqualTo("#/components/headers/RateLimitLimit");
    String renamed =
        SPEC.replaceFirst("            x-ogw-ratelimit-reset:\n", "            x-ogw-reset:\n");
    assertThatThrownBy(() -> ContractModel.parse(renamed))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageEndingWith(" names it x-ogw-reset: one header has one name.");
    assertThat(ContractModel.parse(spec("Thing: {type: object}")).rateLimitHeaders()).isEmpty();
  }

  @Test
  void everyNodeHasItsYamlLine() {
    Operation update = MODEL.requireOperation("updateOfferStatus");
    assertThat(MODEL.line(update.pointer()))
        .isEqualTo(
            lineOf(
                "    patch:\n      tags:\n        - offer\n      operationId: updateOfferStatus"));
    assertThat(MODEL.line("#")).isEqualTo(1);
    assertThat(MODEL.line("#/nope")).isZero();
    assertThat(update.ownErrorCode(1002064).get().line())
        .isEqualTo(lineOf("        - code: 1002064\n"));
    // a $ref'd node: the line of its target
    assertThat(update.responses().get("429").headers().get("x-ogw-ratelimit-limit").line())
        .isEqualTo(lineOf("    RateLimitLimit:\n"));
  }

  @Test
  void readsEveryExtensionOfAnOperationAsTypedRecordsWithPointerAndLine() {
    Operation get = MODEL.requireOperation("getOffer");
    String at = "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}/get";

    assertThat(get.hasOperationId()).isTrue();
    assertThat(get.description()).startsWith("根据 Offer ID 获取 Offer 详细信息。");
    assertThat(get.line())
        .isEqualTo(lineOf("  /open-apis/hire/v1/offers/{offer_id}:\n    get:\n") + 1);
    assertThat(get.appTypes().values()).containsExactly("self_built", "store");
    assertThat(get.appTypes().pointer()).isEqualTo(at + "/x-app-types");
    assertThat(get.appTypes().line())
        .isEqualTo(lineOf("operationId: getOffer", "      x-app-types:\n"));
    assertThat(get.appTypes().lines())
        .containsExactly(get.appTypes().line() + 1, get.appTypes().line() + 2);
    assertThat(get.scopes().pointer(2)).isEqualTo(at + "/x-required-scopes/2");
    assertThat(get.requiredScopes()).isEqualTo(get.scopes().values()).hasSize(3);
    assertThat(get.requiredHeaders())
        .containsExactly(
            new RequiredHeader(
                "Authorization",
                "Bearer {tenant_access_token}",
                at + "/x-required-headers/Authorization",
                lineOf(
                    "operationId: getOffer",
                    "        Authorization: Bearer {tenant_access_token}\n")));
    assertThat(get.fieldScopes())
        .extracting(FieldScope::fields, FieldScope::when, FieldScope::anyOf, FieldScope::pointer)
        .containsExactly(
            tuple(
                List.of(
                    "data.offer.basic_info.remark",
                    "data.offer.basic_info.level",
                    "data.offer.basic_info.customize_info_list",
                    "data.offer.salary_plan",
                    "data.offer.customized_module_list"),
                Optional.empty(),
                List.of("hire:offer:readonly", "hire:offer"),
                at + "/x-field-scopes/0"),
            tuple(
                List.of(),
                Optional.of(new FieldScope.When("user_id_type", "user_id")),
                List.of("contact:user.employee_id:readonly"),
                at + "/x-field-scopes/1"));
    Parameter userIdType = get.parameter("user_id_type").get();
    assertThat(userIdType.example().textValue()).isEqualTo("open_id");
    assertThat(userIdType.description()).startsWith("用户 ID 类型");
    assertThat(userIdType.line())
        .isEqualTo(lineOf("operationId: getOffer", "        - name: user_id_type\n"));
    assertThat(MODEL.schema("OfferJobInfo").get().properties().get("job_id").example().textValue())
        .isEqualTo("7080891505426925854");
    assertThat(get.successBody().get().line()).isPositive();
    assertThat(get.successBody().get().examples().get("doc_response").line())
        .isEqualTo(lineOf("    GetOfferDocResponse:\n") + 2);
    assertThat(MODEL.requireOperation("tenantAccessTokenInternal").appTypes().values())
        .containsExactly("self_built");
    assertThat(MODEL.requireOperation("tenantAccessTokenInternal").requiredScopes()).isEmpty();
    assertThat(MODEL.requireOperation("tenantAccessTokenInternal").scopes().declared()).isFalse();
  }

  @Test
  void readsTheSecuritySchemeTheInfoPageAndTheLogIdHeader() {
    SecurityScheme scheme = MODEL.securitySchemes().get(0);
    assertThat(scheme.name()).isEqualTo("tenant_access_token");
    assertThat(scheme.type()).isEqualTo("http");
    assertThat(scheme.scheme()).isEqualTo("bearer");
    assertThat(scheme.tokenOperation()).contains("tenantAccessTokenInternal");
    assertThat(scheme.scopes())
        .extracting(SecurityScheme.Scope::name, SecurityScheme.Scope::title)
        .startsWith(tuple("hire:offer", "更新 offer 信息 / update offer information"));
    assertThat(scheme.scopes().get(0).pointer())
        .isEqualTo("#/components/securitySchemes/tenant_access_token/x-scopes/hire:offer");
    assertThat(scheme.scopes().get(0).line())
        .isEqualTo(lineOf("        hire:offer: 更新 offer 信息 / update offer information\n"));
    assertThat(MODEL.upstreamDoc().get().snapshot()).isEqualTo("upstream/generic_error_codes.md");
    assertThat(MODEL.upstreamDoc().get().pointer()).isEqualTo("#/info/x-upstream-doc");
    assertThat(MODEL.tokenPolicy().get().pointer())
        .isEqualTo(MODEL.requireTokenOperation().pointer() + "/x-token-policy");
    assertThat(MODEL.tokenPolicy().get().line()).isEqualTo(lineOf("      x-token-policy:\n"));
    assertThat(MODEL.requireLogIdHeader()).isEqualTo("X-Tt-Logid");
  }

  @Test
  void aFieldScopeOrHeaderOfTheWrongShapeIsRefusedWithItsPointer() {
    String get = "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}/get";
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replace(
                        "          any-of:\n            - contact:user.employee_id:readonly\n",
                        "          any-of: []\n")))
        .hasMessage(get + "/x-field-scopes/1/any-of: a non-empty list of scopes is required.");
    assertThatThrownBy(
            () ->
                ContractModel.parse(
                    SPEC.replaceFirst(
                        "        Authorization: Bearer \\{tenant_access_token}\n",
                        "        Authorization: [Bearer]\n")))
        .hasMessage(
            WRITE
                + "/x-required-headers/Authorization: a header value must be a string, found a"
                + " list.");
  }

  @Test
  void aNamedExampleWithoutValueIsNamedNotRead() {
    Body body =
        ContractModel.parse(
                spec("Thing: {type: object}")
                    .replace(
                        "schema: {$ref: '#/components/schemas/Thing'}",
                        "schema: {$ref: '#/components/schemas/Thing'}\n"
                            + "            examples:\n"
                            + "              remote: {externalValue: 'https://x/e.json'}\n"
                            + "              local: {value: {}}"))
            .requireOperation("postThing")
            .requestBody()
            .get();

    assertThat(body.examples()).containsOnlyKeys("local");
    assertThat(body.examplesWithoutValue()).containsExactly("remote");
  }

  /** The 1-based line where {@code text} starts in the shipped spec (it must occur once). */
  private static int lineOf(String text) {
    int at = SPEC.indexOf(text);
    assertThat(at).as(text).isNotNegative();
    assertThat(SPEC.indexOf(text, at + 1)).as(text + " twice").isNegative();
    return (int) SPEC.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The 1-based line where {@code text} first starts after {@code anchor} in the shipped spec. */
  private static int lineOf(String anchor, String text) {
    int at = SPEC.indexOf(text, SPEC.indexOf(anchor));
    assertThat(at).as(text).isNotNegative();
    return (int) SPEC.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
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
