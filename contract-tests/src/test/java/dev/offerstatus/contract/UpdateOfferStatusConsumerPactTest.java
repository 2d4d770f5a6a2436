package dev.offerstatus.contract;

import static dev.offerstatus.contract.ContractExamples.CONSUMER;
import static dev.offerstatus.contract.ContractExamples.DATE;
import static dev.offerstatus.contract.ContractExamples.JSON_UTF8;
import static dev.offerstatus.contract.ContractExamples.LOG_ID;
import static dev.offerstatus.contract.ContractExamples.OFFER_ID;
import static dev.offerstatus.contract.ContractExamples.TOKEN;
import static dev.offerstatus.contract.ContractExamples.error;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.offerstatus.sdk.model.ErrorResponse;
import dev.offerstatus.sdk.model.UpdatableOfferStatus;
import dev.offerstatus.sdk.model.UpdateOfferStatusRequest;
import dev.offerstatus.sdk.model.UpdateOfferStatusResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import retrofit2.Response;

/**
 * updateOfferStatus (PATCH .../offers/{offer_id}/offer_status) through the generated Retrofit
 * client against Pact's mock provider: a success, the page's required-when rule, an unknown offer
 * and a transition the flow does not allow. The interactions land in the same pact as the other
 * operations' ({@code target/pacts}).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = OfferStatusStates.PROVIDER, pactVersion = PactSpecVersion.V4)
class UpdateOfferStatusConsumerPactTest {
  private static final String PATH = "/open-apis/hire/v1/offers/" + OFFER_ID + "/offer_status";
  private static final LocalDate EXPIRES = LocalDate.of(2024, 1, 31);

  private static PactDslResponse patch(
      PactDslWithProvider builder, Map<String, Object> offer, String description, DslPart body) {
    return builder
        .given(OfferStatusStates.TOKEN_VALID, OfferStatusStates.validToken(TOKEN))
        .given(OfferStatusStates.OFFER_HAS_STATUS, offer)
        .uponReceiving(description)
        .method("PATCH")
        .path(PATH)
        .headers(Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", JSON_UTF8))
        .body(body)
        .willRespondWith()
        .matchHeader("Content-Type", "application/json(;.*)?", JSON_UTF8)
        .matchHeader("X-Tt-Logid", ".+", LOG_ID);
  }

  private static Response<UpdateOfferStatusResponse> call(
      MockServer server, UpdateOfferStatusRequest request) throws Exception {
    return ContractExamples.api(server.getUrl(), TOKEN)
        .updateOfferStatus(OFFER_ID, request)
        .execute();
  }

  @Pact(consumer = CONSUMER)
  V4Pact sendAnApprovedOffer(PactDslWithProvider builder) {
    return patch(
            builder,
            OfferStatusStates.offerWithStatus(OFFER_ID, 4),
            "send an approved offer",
            new PactDslJsonBody()
                .numberValue("offer_status", 6)
                .localDate("expiration_date", DATE, EXPIRES))
        .status(200)
        .body(
            new PactDslJsonBody()
                .numberValue("code", 0)
                .stringValue("msg", "success")
                .object("data")
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "sendAnApprovedOffer")
  void sendingAnApprovedOfferSucceeds(MockServer server) throws Exception {
    Response<UpdateOfferStatusResponse> response =
        call(
            server,
            new UpdateOfferStatusRequest()
                .offerStatus(UpdatableOfferStatus.OFFER_SENT)
                .expirationDate(EXPIRES));

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.headers().get("X-Tt-Logid")).isEqualTo(LOG_ID);
    assertThat(response.body().getCode()).isZero();
    assertThat(response.body().getMsg()).isEqualTo("success");
  }

  @Pact(consumer = CONSUMER)
  V4Pact rejectWithoutReasons(PactDslWithProvider builder) {
    return patch(
            builder,
            OfferStatusStates.offerWithStatus(OFFER_ID, 6),
            "mark a sent offer rejected without termination_reason_id_list",
            new PactDslJsonBody().numberValue("offer_status", 8))
        .status(400)
        .body(error(1002002, "参数错误: termination_reason_id_list: "))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rejectWithoutReasons")
  void aRequiredWhenRuleOfThePageGets1002002(MockServer server) throws Exception {
    // Sent raw: the generated client validates nothing before sending.
    ErrorResponse error =
        error(
            call(
                server,
                new UpdateOfferStatusRequest()
                    .offerStatus(UpdatableOfferStatus.CANDIDATE_REJECTED)),
            400);

    assertThat(error.getCode()).isEqualTo(1002002);
    assertThat(error.getMsg()).startsWith("参数错误: termination_reason_id_list: ");
  }

  @Pact(consumer = CONSUMER)
  V4Pact unknownOffer(PactDslWithProvider builder) {
    return builder
        .given(OfferStatusStates.TOKEN_VALID, OfferStatusStates.validToken(TOKEN))
        .given(OfferStatusStates.NO_SUCH_OFFER, OfferStatusStates.noSuchOffer(OFFER_ID))
        .uponReceiving("change the status of an offer that does not exist")
        .method("PATCH")
        .path(PATH)
        .headers(Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", JSON_UTF8))
        .body(new PactDslJsonBody().numberValue("offer_status", 2))
        .willRespondWith()
        .matchHeader("Content-Type", "application/json(;.*)?", JSON_UTF8)
        .matchHeader("X-Tt-Logid", ".+", LOG_ID)
        .status(400)
        .body(error(1002064, "Offer 不存在"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "unknownOffer")
  void anUnknownOfferGets1002064(MockServer server) throws Exception {
    ErrorResponse error =
        error(
            call(
                server, new UpdateOfferStatusRequest().offerStatus(UpdatableOfferStatus.APPROVING)),
            400);

    assertThat(error.getCode()).isEqualTo(1002064);
  }

  @Pact(consumer = CONSUMER)
  V4Pact expireAnApprovedOffer(PactDslWithProvider builder) {
    return patch(
            builder,
            OfferStatusStates.offerWithStatus(OFFER_ID, 4),
            "expire an offer that was approved but not sent",
            new PactDslJsonBody().numberValue("offer_status", 9))
        .status(400)
        .body(error(1002072, "不可将 Offer 置为已失效"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "expireAnApprovedOffer")
  void aTransitionTheFlowDoesNotAllowGets1002072(MockServer server) throws Exception {
    ErrorResponse error =
        error(
            call(
                server,
                new UpdateOfferStatusRequest().offerStatus(UpdatableOfferStatus.OFFER_EXPIRED)),
            400);

    assertThat(error.getCode()).isEqualTo(1002072);
  }
}
