package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static dev.offerstatus.client.MockFeishu.json;
import static dev.offerstatus.sdk.operations.SpecOperations.GET_OFFER;
import static dev.offerstatus.sdk.operations.SpecOperations.LIST_OFFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.sdk.model.UpdatableOfferStatus;
import dev.offerstatus.sdk.model.UpdateOfferStatusRequest;
import dev.offerstatus.sdk.model.UpdateOfferStatusResponse;
import dev.offerstatus.sdk.operations.SpecOperation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractResources;
import dev.offerstatus.testsupport.MockWebServerExtension;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The one generic, typed call, and updateOfferStatus over it (MockWebServer). */
class GenericCallTest {
  private static final String UPDATE_PATH =
      "/open-apis/hire/v1/offers/" + OFFER_ID + "/offer_status";

  private final FakeTime time = new FakeTime();
  @RegisterExtension final MockWebServerExtension mock = new MockWebServerExtension();
  private final MockWebServer server = mock.server();
  private final OfferStatusClient client =
      MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

  private static MockResponse updated() {
    return json(200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}")
        .setHeader("X-Tt-Logid", "log-updated");
  }

  @Test
  void updateOfferStatusSendsThePatchItsPageDescribes() throws Exception {
    server.enqueue(updated());

    OperationResult<UpdateOfferStatusResponse> result =
        client.updateOfferStatus(
            OFFER_ID,
            new UpdateOfferStatusRequest()
                .offerStatus(UpdatableOfferStatus.OFFER_SENT)
                .expirationDate(LocalDate.of(2023, 1, 1)));

    assertThat(result.answer().getCode()).isZero();
    assertThat(result.answer().getMsg()).isEqualTo("success");
    assertThat(result.httpStatus()).isEqualTo(200);
    assertThat(result.logId()).isEqualTo("log-updated");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("PATCH");
    assertThat(sent.getPath()).isEqualTo(UPDATE_PATH);
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer t-fixed");
    assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(sent.getBody().readUtf8())
        .isEqualTo("{\"offer_status\":6,\"expiration_date\":\"2023-01-01\"}");
  }

  @Test
  void theConvenienceOverloadSendsAStatusAlone() throws Exception {
    server.enqueue(updated());

    client.updateOfferStatus(OFFER_ID, UpdatableOfferStatus.APPROVED);

    assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{\"offer_status\":4}");
  }

  @Test
  void updateOfferStatusIsCheckedByItsOwnRulesBeforeAnythingIsSent() {
    assertRefused(
        () -> client.updateOfferStatus(OFFER_ID, UpdatableOfferStatus.OFFER_SENT),
        "expiration_date",
        "expiration-date-required-for-offer-sent");
    List<String> ids = Collections.nCopies(51, "6891560630172518670");
    assertRefused(
        () ->
            client.updateOfferStatus(
                OFFER_ID,
                new UpdateOfferStatusRequest()
                    .offerStatus(UpdatableOfferStatus.CANDIDATE_REJECTED)
                    .terminationReasonIdList(ids)),
        "termination_reason_id_list",
        "maxItems");
    assertThat(server.getRequestCount()).isZero();
  }

  private static void assertRefused(ThrowingCallable call, String path, String rule) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::rule)
                    .containsExactly(tuple(path, rule)));
  }

  @Test
  void pathAndQueryParametersArePercentEncodedAsTheSpecPlacesThem() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer\":{\"id\":\"x\","
                + "\"offer_status\":12}}}"));
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("offer_id", "a b?#\\é");
    parameters.put("user_id_type", "user_id");
    parameters.put("department_id_type", null); // not sent

    OperationResult<?> result = client.call(GET_OFFER, parameters);

    assertThat(result.httpStatus()).isEqualTo(200);
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getPath())
        .isEqualTo("/open-apis/hire/v1/offers/a%20b%3F%23%5C%C3%A9?user_id_type=user_id");
    assertThat(sent.getBodySize()).isZero();
  }

  @Test
  void numbersAreSentAsTheirText() throws Exception {
    server.enqueue(
        json(200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"has_more\":false,\"items\":[]}}"));

    client.call(LIST_OFFERS, Map.of("talent_id", "t1", "page_size", 50));

    assertThat(server.takeRequest().getPath())
        .isEqualTo("/open-apis/hire/v1/offers?page_size=50&talent_id=t1");
  }

  @Test
  void aParameterTheOperationLacksIsAMisuseNotARequest() {
    assertThatThrownBy(() -> client.call(GET_OFFER, Map.of("offerId", OFFER_ID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "getOffer has no path or query parameter \"offerId\"; it has [offer_id, user_id_type,"
                + " department_id_type, job_level_id_type, job_family_id_type,"
                + " employee_type_id_type]");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aDescriptorThatDoesNotMatchTheClientsSpecIsRefused() {
    SpecOperation<Void, JsonNode> stale =
        new SpecOperation<>(
            GET_OFFER.operationId(),
            "GET",
            "/open-apis/hire/v2/offers/{offer_id}",
            List.of("offer_id"),
            List.of(),
            Void.class,
            JsonNode.class);

    assertThatThrownBy(() -> client.call(stale, Map.of("offer_id", OFFER_ID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The descriptor getOffer (GET /open-apis/hire/v2/offers/{offer_id}) does not match the"
                + " client's spec, where getOffer is GET /open-apis/hire/v1/offers/{offer_id}");
  }

  @Test
  void anOperationByNameTakesAndAnswersJson() throws Exception {
    server.enqueue(updated());
    ObjectNode body = new ObjectMapper().createObjectNode().put("offer_status", 10);

    OperationResult<JsonNode> result =
        client.call(client.operation("updateOfferStatus"), Map.of("offer_id", OFFER_ID), body);

    assertThat(result.answer().toString())
        .isEqualTo("{\"code\":0,\"msg\":\"success\",\"data\":{}}");
    assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{\"offer_status\":10}");
  }

  @Test
  void jsonIsCheckedByTheOperationsRulesToo() {
    ObjectNode body = new ObjectMapper().createObjectNode().put("offer_status", 8);

    assertRefused(
        () ->
            client.call(client.operation("updateOfferStatus"), Map.of("offer_id", OFFER_ID), body),
        "termination_reason_id_list",
        "termination-reason-id-list-required-for-candidate-rejected");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anOperationTheSpecLacksIsNamedWithTheOnesItHas() {
    assertThatThrownBy(() -> client.operation("deleteOffer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The client's spec has no operation \"deleteOffer\" (it has: getOffer,"
                + " internOfferStatus, listOffers, tenantAccessTokenInternal, updateOfferStatus)");
  }

  @Test
  void aPatchWithoutACompleteAnswerIsAnUnknownOutcomeNamingHowToCheck() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThatThrownBy(() -> client.updateOfferStatus(OFFER_ID, UpdatableOfferStatus.APPROVED))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageStartingWith(
            "PATCH " + UPDATE_PATH + " was sent but no complete answer arrived (")
        .hasMessageEndingWith(
            "): the outcome is unknown, so it was not retried; read the offer with"
                + " OfferStatusClient.getOffer(\""
                + OFFER_ID
                + "\") (CLI: offer-status show "
                + OFFER_ID
                + ") to see whether its offer_status changed before sending it again");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /** A client of MockWebServer that follows a copy of the spec edited by {@code edit}. */
  private OfferStatusClient clientOf(java.util.function.UnaryOperator<String> edit) {
    return builderOf(edit).build();
  }

  private OfferStatusClient.Builder builderOf(java.util.function.UnaryOperator<String> edit) {
    String spec = edit.apply(ContractResources.read(ContractResources.OPENAPI));
    return MockFeishu.client(server, time)
        .spec(ContractModel.parse(spec))
        .tenantAccessToken("t-fixed");
  }

  @Test
  void theTokenGoesInTheHeaderTheOperationsRequiredHeadersName() throws Exception {
    server.enqueue(updated());
    OfferStatusClient client =
        clientOf(
            spec ->
                spec.replace(
                    "Authorization: Bearer {tenant_access_token}",
                    "X-Feishu-Token: Token {tenant_access_token}"));

    client.updateOfferStatus(OFFER_ID, UpdatableOfferStatus.APPROVED);

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getHeader("X-Feishu-Token")).isEqualTo("Token t-fixed");
    assertThat(sent.getHeader("Authorization")).isNull();
  }

  @Test
  void anOperationWhoseSpecDoesNotSayWhereTheTokenGoesIsNotSent() {
    OfferStatusClient client =
        clientOf(
            spec -> spec.replace("Authorization: Bearer {tenant_access_token}", "X-Other: none"));

    assertThatThrownBy(() -> client.updateOfferStatus(OFFER_ID, UpdatableOfferStatus.APPROVED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The spec does not say how updateOfferStatus carries its token:"
                + " #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1offer_status/patch"
                + "/x-required-headers has no header whose value holds the token's placeholder");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theLogIdIsReadFromTheHeaderTheSpecNames() {
    server.enqueue(
        json(200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}").setHeader("X-Log-Id", "L1"));
    OfferStatusClient client = clientOf(spec -> spec.replace("X-Tt-Logid:", "X-Log-Id:"));

    assertThat(client.updateOfferStatus(OFFER_ID, UpdatableOfferStatus.APPROVED).logId())
        .isEqualTo("L1");
  }

  @Test
  void aThrottledAnswerIsReadByTheHeadersTheSpecNames() {
    server.enqueue(
        MockFeishu.error(429, 99991400, "request trigger frequency limit")
            .setHeader("x-feishu-limit", "100")
            .setHeader("x-feishu-reset", "86400"));
    OfferStatusClient client =
        clientOf(
            spec ->
                spec.replace("x-ogw-ratelimit-limit:", "x-feishu-limit:")
                    .replace("x-ogw-ratelimit-reset:", "x-feishu-reset:"));

    assertThatThrownBy(() -> client.updateOfferStatus(OFFER_ID, UpdatableOfferStatus.APPROVED))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.limit()).hasValue(100))
        .hasMessageEndingWith(
            "throttled (x-feishu-limit 100, x-feishu-reset 86400 s); not waited for: the reset is"
                + " longer than the longest rate window of the spec's x-rate-limit (60 s)");
  }

  @Test
  void aTokenInAHeaderTheSpecNamesIsRedactedInTheHttpLog() {
    CapturedLog.clear();
    server.enqueue(updated());
    OfferStatusClient client =
        builderOf(
                spec ->
                    spec.replace(
                        "Authorization: Bearer {tenant_access_token}",
                        "X-Feishu-Token: Token {tenant_access_token}"))
            .tenantAccessToken("t-never-logged")
            .logHttp(4096)
            .build();

    client.updateOfferStatus(OFFER_ID, UpdatableOfferStatus.APPROVED);

    assertThat(CapturedLog.lines())
        .anyMatch(line -> line.contains("X-Feishu-Token: <redacted>"))
        .noneMatch(line -> line.contains("t-never-logged"));
  }
}
