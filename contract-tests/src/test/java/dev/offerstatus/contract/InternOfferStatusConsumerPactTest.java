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
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.offerstatus.sdk.model.ErrorResponse;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.InternOfferStatusResponse;
import dev.offerstatus.sdk.model.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import retrofit2.Response;

/**
 * The generated Retrofit client against Pact's mock provider: every operation's success and every
 * error the client must understand. The pacts land in {@code target/pacts}.
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

  private static PactDslJsonBody error(int code, String msgPrefix) {
    return new PactDslJsonBody()
        .numberValue("code", code)
        .stringMatcher("msg", regexEscape(msgPrefix) + ".*", msgPrefix);
  }

  private static PactDslWithState withToken(PactDslWithProvider builder) {
    return builder.given(OfferStatusStates.TOKEN_VALID, OfferStatusStates.validToken(TOKEN));
  }

  // ---- successes ----

  @Pact(consumer = CONSUMER)
  V4Pact confirmOnboarding(PactDslWithProvider builder) {
    return post(
            withToken(builder)
                .given(
                    OfferStatusStates.OFFER_IN_STATE,
                    OfferStatusStates.pendingOnboarding(OFFER_ID)),
            "confirm onboarding of an intern offer pending onboarding",
            confirmBody(),
            TOKEN)
        .status(200)
        .body(
            new PactDslJsonBody()
                .numberValue("code", 0)
                .stringValue("msg", "success")
                .object("data")
                .stringValue("offer_id", OFFER_ID)
                .stringValue("operation", "confirm_onboarding")
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
            withToken(builder)
                .given(
                    OfferStatusStates.OFFER_IN_STATE,
                    OfferStatusStates.pendingOnboarding(OFFER_ID)),
            "cancel onboarding of an intern offer pending onboarding",
            cancelBody(),
            TOKEN)
        .status(200)
        .body(
            new PactDslJsonBody()
                .numberValue("code", 0)
                .stringValue("msg", "success")
                .object("data")
                .stringValue("offer_id", OFFER_ID)
                .stringValue("operation", "cancel_onboarding")
                .closeObject())
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
            withToken(builder)
                .given(
                    OfferStatusStates.OFFER_IN_STATE,
                    OfferStatusStates.onboarded(OFFER_ID, ONBOARDING)),
            "offboard an onboarded intern offer",
            offboardBody(),
            TOKEN)
        .status(200)
        .body(
            new PactDslJsonBody()
                .numberValue("code", 0)
                .stringValue("msg", "success")
                .object("data")
                .stringValue("offer_id", OFFER_ID)
                .stringValue("operation", "offboard")
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
            withToken(builder)
                .given(
                    OfferStatusStates.OFFER_IN_STATE,
                    OfferStatusStates.pendingOnboarding(OFFER_ID)),
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
            withToken(builder)
                .given(
                    OfferStatusStates.OFFER_IN_STATE,
                    OfferStatusStates.onboarded(OFFER_ID, ONBOARDING)),
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
            withToken(builder)
                .given(
                    OfferStatusStates.OFFER_IN_STATE,
                    OfferStatusStates.pendingOnboarding(OFFER_ID)),
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
  static String regexEscape(String text) {
    return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
  }

  private static Response<InternOfferStatusResponse> call(
      MockServer server, String token, InternOfferStatusRequest request) throws Exception {
    return ContractExamples.api(server.getUrl(), token)
        .internOfferStatus(OFFER_ID, request)
        .execute();
  }

  private static ErrorResponse error(Response<InternOfferStatusResponse> response, int status)
      throws Exception {
    assertThat(response.code()).isEqualTo(status);
    assertThat(response.headers().get("X-Tt-Logid")).isEqualTo(LOG_ID);
    return MAPPER.readValue(response.errorBody().string(), ErrorResponse.class);
  }
}
