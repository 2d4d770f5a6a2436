package dev.offerstatus.contract;

import static dev.offerstatus.contract.ContractExamples.CONSUMER;
import static dev.offerstatus.contract.ContractExamples.DATE;
import static dev.offerstatus.contract.ContractExamples.EXPIRED_TOKEN;
import static dev.offerstatus.contract.ContractExamples.JSON_UTF8;
import static dev.offerstatus.contract.ContractExamples.LOG_ID;
import static dev.offerstatus.contract.ContractExamples.MAPPER;
import static dev.offerstatus.contract.ContractExamples.OFFBOARDING;
import static dev.offerstatus.contract.ContractExamples.OFFER_ID;
import static dev.offerstatus.contract.ContractExamples.ONBOARDING;
import static dev.offerstatus.contract.ContractExamples.PATH;
import static dev.offerstatus.contract.ContractExamples.TOKEN;
import static dev.offerstatus.contract.ContractExamples.error;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.offerstatus.sdk.model.ErrorResponse;
import dev.offerstatus.sdk.model.GetOfferResponse;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.InternOfferStatusResponse;
import dev.offerstatus.sdk.model.ListOffersResponse;
import dev.offerstatus.sdk.model.OfferStatus;
import dev.offerstatus.sdk.model.Operation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import retrofit2.Response;

/**
 * The generated Retrofit client against Pact's mock provider: every operation's success and every
 * error the client must understand; for the reads, an offer found, an unknown offer id, and a
 * talent's offers over two pages. The pacts land in {@code target/pacts}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = OfferStatusStates.PROVIDER, pactVersion = PactSpecVersion.V4)
class InternOfferStatusConsumerPactTest {

  private static final InternOfferStatusRequest CONFIRM =
      new InternOfferStatusRequest()
          .operation(Operation.CONFIRM_ONBOARDING)
          .onboardingInfo(new InternOfferOnboardingInfo().actualOnboardingDate(ONBOARDING));
  private static final InternOfferStatusRequest CANCEL =
      new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING);
  private static final InternOfferStatusRequest OFFBOARD =
      new InternOfferStatusRequest()
          .operation(Operation.OFFBOARD)
          .offboardingInfo(
              new InternOfferOffboardingInfo().actualOffboardingDate(OFFBOARDING).notes("主动离职"));

  // ---- request bodies, as the generated client writes them ----

  private static DslPart confirmBody() {
    return new PactDslJsonBody()
        .stringValue("operation", "confirm_onboarding")
        .object("onboarding_info")
        .localDate("actual_onboarding_date", DATE, ONBOARDING)
        .closeObject();
  }

  private static DslPart cancelBody() {
    return new PactDslJsonBody().stringValue("operation", "cancel_onboarding");
  }

  private static DslPart offboardBody() {
    return new PactDslJsonBody()
        .stringValue("operation", "offboard")
        .object("offboarding_info")
        .localDate("actual_offboarding_date", DATE, OFFBOARDING)
        .stringType("notes", "主动离职")
        .closeObject();
  }

  private static PactDslResponse post(
      PactDslWithState given, String description, DslPart body, String token) {
    return given
        .uponReceiving(description)
        .method("POST")
        .path(PATH)
        .headers(Map.of("Authorization", "Bearer " + token, "Content-Type", JSON_UTF8))
        .body(body)
        .willRespondWith()
        .matchHeader("Content-Type", "application/json(;.*)?", JSON_UTF8)
        .matchHeader("X-Tt-Logid", ".+", LOG_ID);
  }

  private static PactDslWithState withToken(PactDslWithProvider builder) {
    return builder.given(OfferStatusStates.TOKEN_VALID, OfferStatusStates.validToken(TOKEN));
  }

  /** A valid token, and the offer in {@code offerState}. */
  private static PactDslWithState offerIn(
      PactDslWithProvider builder, Map<String, Object> offerState) {
    return withToken(builder).given(OfferStatusStates.OFFER_IN_STATE, offerState);
  }

  /** A success answer of the write operation, open inside {@code data}. */
  private static PactDslJsonBody success(String operation) {
    return new PactDslJsonBody()
        .numberValue("code", 0)
        .stringValue("msg", "success")
        .object("data")
        .stringValue("offer_id", OFFER_ID)
        .stringValue("operation", operation);
  }

  // ---- successes ----

  @Pact(consumer = CONSUMER)
  V4Pact confirmOnboarding(PactDslWithProvider builder) {
    return post(
            offerIn(builder, OfferStatusStates.pendingOnboarding(OFFER_ID)),
            "confirm onboarding of an intern offer pending onboarding",
            confirmBody(),
            TOKEN)
        .status(200)
        .body(
            success("confirm_onboarding")
                .object("onboarding_info")
                .localDate("actual_onboarding_date", DATE, ONBOARDING)
                .closeObject()
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "confirmOnboarding")
  void confirmOnboardingSucceeds(MockServer server) throws Exception {
    Response<InternOfferStatusResponse> response = call(server, TOKEN, CONFIRM);

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.headers().get("X-Tt-Logid")).isEqualTo(LOG_ID);
    InternOfferStatusResponse body = response.body();
    assertThat(body.getCode()).isZero();
    assertThat(body.getData().getOfferId()).isEqualTo(OFFER_ID);
    assertThat(body.getData().getOperation()).isEqualTo(Operation.CONFIRM_ONBOARDING);
    assertThat(body.getData().getOnboardingInfo().getActualOnboardingDate()).isEqualTo(ONBOARDING);
  }

  @Pact(consumer = CONSUMER)
  V4Pact cancelOnboarding(PactDslWithProvider builder) {
    return post(
            offerIn(builder, OfferStatusStates.pendingOnboarding(OFFER_ID)),
            "cancel onboarding of an intern offer pending onboarding",
            cancelBody(),
            TOKEN)
        .status(200)
        .body(success("cancel_onboarding").closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "cancelOnboarding")
  void cancelOnboardingSucceeds(MockServer server) throws Exception {
    Response<InternOfferStatusResponse> response = call(server, TOKEN, CANCEL);

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getData().getOperation()).isEqualTo(Operation.CANCEL_ONBOARDING);
  }

  @Pact(consumer = CONSUMER)
  V4Pact offboard(PactDslWithProvider builder) {
    return post(
            offerIn(builder, OfferStatusStates.onboarded(OFFER_ID, ONBOARDING)),
            "offboard an onboarded intern offer",
            offboardBody(),
            TOKEN)
        .status(200)
        .body(
            success("offboard")
                .object("onboarding_info")
                .localDate("actual_onboarding_date", DATE, ONBOARDING)
                .closeObject()
                .object("offboarding_info")
                .localDate("actual_offboarding_date", DATE, OFFBOARDING)
                .stringType("notes", "主动离职")
                .closeObject()
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "offboard")
  void offboardSucceeds(MockServer server) throws Exception {
    Response<InternOfferStatusResponse> response = call(server, TOKEN, OFFBOARD);

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getData().getOffboardingInfo().getActualOffboardingDate())
        .isEqualTo(OFFBOARDING);
    assertThat(response.body().getData().getOnboardingInfo().getActualOnboardingDate())
        .isEqualTo(ONBOARDING);
  }

  // ---- errors ----

  @Pact(consumer = CONSUMER)
  V4Pact confirmWithoutOnboardingInfo(PactDslWithProvider builder) {
    return post(
            offerIn(builder, OfferStatusStates.pendingOnboarding(OFFER_ID)),
            "confirm onboarding without onboarding_info",
            new PactDslJsonBody().stringValue("operation", "confirm_onboarding"),
            TOKEN)
        .status(400)
        .body(error(1002002, "参数错误: onboarding_info: "))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "confirmWithoutOnboardingInfo")
  void missingConditionalFieldGets1002002(MockServer server) throws Exception {
    // Sent raw: the generated client validates nothing before sending.
    ErrorResponse error =
        error(
            call(
                server,
                TOKEN,
                new InternOfferStatusRequest().operation(Operation.CONFIRM_ONBOARDING)),
            400);

    assertThat(error.getCode()).isEqualTo(1002002);
    assertThat(error.getMsg()).startsWith("参数错误: onboarding_info: ");
  }

  @Pact(consumer = CONSUMER)
  V4Pact confirmOnboardedOffer(PactDslWithProvider builder) {
    return post(
            offerIn(builder, OfferStatusStates.onboarded(OFFER_ID, ONBOARDING)),
            "confirm onboarding of an intern offer already onboarded",
            confirmBody(),
            TOKEN)
        .status(500)
        .body(error(1002067, "实习待入职状态错误"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "confirmOnboardedOffer")
  void wrongStateForConfirmGets1002067(MockServer server) throws Exception {
    ErrorResponse error = error(call(server, TOKEN, CONFIRM), 500);

    assertThat(error.getCode()).isEqualTo(1002067);
  }

  @Pact(consumer = CONSUMER)
  V4Pact offboardPendingOffer(PactDslWithProvider builder) {
    return post(
            offerIn(builder, OfferStatusStates.pendingOnboarding(OFFER_ID)),
            "offboard an intern offer still pending onboarding",
            offboardBody(),
            TOKEN)
        .status(500)
        .body(error(1002068, "实习入职状态错误"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "offboardPendingOffer")
  void wrongStateForOffboardGets1002068(MockServer server) throws Exception {
    ErrorResponse error = error(call(server, TOKEN, OFFBOARD), 500);

    assertThat(error.getCode()).isEqualTo(1002068);
  }

  @Pact(consumer = CONSUMER)
  V4Pact rateLimited(PactDslWithProvider builder) {
    return post(
            builder
                .given(
                    OfferStatusStates.RATE_LIMIT_EXHAUSTED,
                    OfferStatusStates.rateLimitExhausted(TOKEN))
                .given(
                    OfferStatusStates.OFFER_IN_STATE,
                    OfferStatusStates.pendingOnboarding(OFFER_ID)),
            "cancel onboarding when the app is over its rate limit",
            cancelBody(),
            TOKEN)
        .status(429)
        .matchHeader("x-ogw-ratelimit-limit", "\\d+", "1000")
        .matchHeader("x-ogw-ratelimit-reset", "\\d+", "45")
        .body(error(99991400, "request trigger frequency limit"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rateLimited")
  void overTheRateLimitGets429With99991400(MockServer server) throws Exception {
    Response<InternOfferStatusResponse> response = call(server, TOKEN, CANCEL);
    ErrorResponse error = error(response, 429);

    assertThat(error.getCode()).isEqualTo(99991400);
    assertThat(response.headers().get("x-ogw-ratelimit-limit")).isEqualTo("1000");
    assertThat(response.headers().get("x-ogw-ratelimit-reset")).isEqualTo("45");
  }

  @Pact(consumer = CONSUMER)
  V4Pact expiredToken(PactDslWithProvider builder) {
    return post(
            builder
                .given(
                    OfferStatusStates.TOKEN_EXPIRED, OfferStatusStates.expiredToken(EXPIRED_TOKEN))
                .given(
                    OfferStatusStates.OFFER_IN_STATE,
                    OfferStatusStates.pendingOnboarding(OFFER_ID)),
            "cancel onboarding with an expired tenant access token",
            cancelBody(),
            EXPIRED_TOKEN)
        .status(400)
        .body(
            error(
                99991663,
                "Invalid access token for authorization. Please make a request with token attached."))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "expiredToken")
  void expiredTokenGets99991663(MockServer server) throws Exception {
    ErrorResponse error = error(call(server, EXPIRED_TOKEN, CANCEL), 400);

    assertThat(error.getCode()).isEqualTo(99991663);
  }

  // ---- helpers ----

  /** Escapes regex metacharacters with backslashes (no \\Q..\\E: non-JVM verifiers lack it). */
  private static Response<InternOfferStatusResponse> call(
      MockServer server, String token, InternOfferStatusRequest request) throws Exception {
    return ContractExamples.api(server.getUrl(), token)
        .internOfferStatus(OFFER_ID, request)
        .execute();
  }

  // ---- reads (getOffer, listOffers) ----

  static final String UNKNOWN_OFFER_ID = "6791698585114741000";
  static final String TALENT_ID = "7096320678581242123";
  static final String FIRST = "7016605170635213101";
  static final String SECOND = "7016605170635213102";

  /**
   * The page token the second request sends. Opaque to a client, which only passes on what the
   * first page answered; the simulator's tokens are deterministic (talent and last offer id), so
   * the verifier's replay of this request finds the page it names.
   */
  static final String PAGE_TOKEN =
      Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((TALENT_ID + "\n" + FIRST).getBytes(StandardCharsets.UTF_8));

  private static PactDslResponse read(PactDslRequestWithPath request) {
    return request
        .method("GET")
        .headers(Map.of("Authorization", "Bearer " + TOKEN))
        .willRespondWith()
        .matchHeader("Content-Type", "application/json(;.*)?", JSON_UTF8)
        .matchHeader("X-Tt-Logid", ".+", LOG_ID);
  }

  /** A read's success: code 0 and the msg its page shows (getOffer's is "ok"). */
  private static PactDslJsonBody readSuccess(String msg) {
    return new PactDslJsonBody().numberValue("code", 0).stringValue("msg", msg);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getOffer(PactDslWithProvider builder) {
    return read(offerIn(builder, OfferStatusStates.pendingOnboarding(OFFER_ID))
            .uponReceiving("get an intern offer pending onboarding")
            .path("/open-apis/hire/v1/offers/" + OFFER_ID))
        .status(200)
        .body(
            readSuccess("ok")
                .object("data")
                .object("offer")
                .stringValue("id", OFFER_ID)
                .numberValue("offer_status", 11)
                .integerType("offer_type", 2)
                .closeObject()
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getOffer")
  void getOfferReadsTheStatus(MockServer server) throws Exception {
    Response<GetOfferResponse> response =
        ContractExamples.api(server.getUrl(), TOKEN)
            .getOffer(OFFER_ID, null, null, null, null, null)
            .execute();

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.headers().get("X-Tt-Logid")).isEqualTo(LOG_ID);
    assertThat(response.body().getData().getOffer().getId()).isEqualTo(OFFER_ID);
    assertThat(response.body().getData().getOffer().getOfferStatus())
        .isEqualTo(OfferStatus.INTERN_PENDING_ONBOARDING);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getUnknownOffer(PactDslWithProvider builder) {
    return read(withToken(builder)
            .given(OfferStatusStates.NO_SUCH_OFFER, OfferStatusStates.noSuchOffer(UNKNOWN_OFFER_ID))
            .uponReceiving("get an offer id that does not exist")
            .path("/open-apis/hire/v1/offers/" + UNKNOWN_OFFER_ID))
        .status(400)
        .body(
            new PactDslJsonBody()
                .numberValue("code", 1002002)
                .stringType("msg", "Parameter error: offer_id: no offer with this id exists"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getUnknownOffer")
  void anUnknownOfferIs1002002(MockServer server) throws Exception {
    Response<GetOfferResponse> response =
        ContractExamples.api(server.getUrl(), TOKEN)
            .getOffer(UNKNOWN_OFFER_ID, null, null, null, null, null)
            .execute();

    assertThat(response.code()).isEqualTo(400);
    ErrorResponse error = MAPPER.readValue(response.errorBody().string(), ErrorResponse.class);
    assertThat(error.getCode()).isEqualTo(1002002);
  }

  @Pact(consumer = CONSUMER)
  V4Pact listFirstPage(PactDslWithProvider builder) {
    return read(withToken(builder)
            .given(
                OfferStatusStates.TALENT_HAS_OFFERS,
                OfferStatusStates.talentWithPendingOffers(TALENT_ID, FIRST, SECOND))
            .uponReceiving("list the first page of a talent's offers")
            .path("/open-apis/hire/v1/offers")
            .query("talent_id=" + TALENT_ID + "&page_size=1"))
        .status(200)
        .body(
            readSuccess("success")
                .object("data")
                .booleanValue("has_more", true)
                .stringType("page_token", PAGE_TOKEN)
                .minArrayLike("items", 1, 1)
                .stringValue("id", FIRST)
                .numberValue("offer_status", 11)
                .integerType("offer_type", 2)
                .closeObject()
                .closeArray()
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Pact(consumer = CONSUMER)
  V4Pact listSecondPage(PactDslWithProvider builder) {
    return read(withToken(builder)
            .given(
                OfferStatusStates.TALENT_HAS_OFFERS,
                OfferStatusStates.talentWithPendingOffers(TALENT_ID, FIRST, SECOND))
            .uponReceiving("list the second and last page of a talent's offers")
            .path("/open-apis/hire/v1/offers")
            .query("talent_id=" + TALENT_ID + "&page_size=1&page_token=" + PAGE_TOKEN))
        .status(200)
        .body(
            readSuccess("success")
                .object("data")
                .booleanValue("has_more", false)
                .minArrayLike("items", 1, 1)
                .stringValue("id", SECOND)
                .numberValue("offer_status", 11)
                .integerType("offer_type", 2)
                .closeObject()
                .closeArray()
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listFirstPage")
  void theFirstPageNamesTheNext(MockServer server) throws Exception {
    Response<ListOffersResponse> response =
        ContractExamples.api(server.getUrl(), TOKEN)
            .listOffers(TALENT_ID, null, 1, null, null)
            .execute();

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getData().getHasMore()).isTrue();
    assertThat(response.body().getData().getPageToken()).isEqualTo(PAGE_TOKEN);
    assertThat(response.body().getData().getItems())
        .singleElement()
        .extracting("id")
        .isEqualTo(FIRST);
  }

  @Test
  @PactTestFor(pactMethod = "listSecondPage")
  void theSecondPageIsTheLast(MockServer server) throws Exception {
    Response<ListOffersResponse> response =
        ContractExamples.api(server.getUrl(), TOKEN)
            .listOffers(TALENT_ID, PAGE_TOKEN, 1, null, null)
            .execute();

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getData().getHasMore()).isFalse();
    assertThat(response.body().getData().getItems())
        .singleElement()
        .extracting("id")
        .isEqualTo(SECOND);
  }
}
