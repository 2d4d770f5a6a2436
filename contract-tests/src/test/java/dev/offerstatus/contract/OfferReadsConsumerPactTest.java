package dev.offerstatus.contract;

import static dev.offerstatus.contract.ContractExamples.CONSUMER;
import static dev.offerstatus.contract.ContractExamples.JSON_UTF8;
import static dev.offerstatus.contract.ContractExamples.LOG_ID;
import static dev.offerstatus.contract.ContractExamples.MAPPER;
import static dev.offerstatus.contract.ContractExamples.OFFER_ID;
import static dev.offerstatus.contract.ContractExamples.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
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
import dev.offerstatus.sdk.model.ListOffersResponse;
import dev.offerstatus.sdk.model.OfferStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import retrofit2.Response;

/**
 * The generated Retrofit client's read operations against Pact's mock provider: an offer found, an
 * unknown offer id, and a talent's offers over two pages. The pacts land in {@code target/pacts}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = OfferStatusStates.PROVIDER, pactVersion = PactSpecVersion.V4)
class OfferReadsConsumerPactTest {
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

  private static PactDslResponse get(PactDslRequestWithPath request) {
    return request
        .method("GET")
        .headers(Map.of("Authorization", "Bearer " + TOKEN))
        .willRespondWith()
        .matchHeader("Content-Type", "application/json(;.*)?", JSON_UTF8)
        .matchHeader("X-Tt-Logid", ".+", LOG_ID);
  }

  private static PactDslJsonBody success() {
    return new PactDslJsonBody().numberValue("code", 0).stringValue("msg", "success");
  }

  private static PactDslWithState withToken(PactDslWithProvider builder) {
    return builder.given(OfferStatusStates.TOKEN_VALID, OfferStatusStates.validToken(TOKEN));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getOffer(PactDslWithProvider builder) {
    return get(withToken(builder)
            .given(OfferStatusStates.OFFER_IN_STATE, OfferStatusStates.pendingOnboarding(OFFER_ID))
            .uponReceiving("get an intern offer pending onboarding")
            .path("/open-apis/hire/v1/offers/" + OFFER_ID))
        .status(200)
        .body(
            success()
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
    return get(withToken(builder)
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
    return get(withToken(builder)
            .given(
                OfferStatusStates.TALENT_HAS_OFFERS,
                OfferStatusStates.talentWithPendingOffers(TALENT_ID, FIRST, SECOND))
            .uponReceiving("list the first page of a talent's offers")
            .path("/open-apis/hire/v1/offers")
            .query("talent_id=" + TALENT_ID + "&page_size=1"))
        .status(200)
        .body(
            success()
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
    return get(withToken(builder)
            .given(
                OfferStatusStates.TALENT_HAS_OFFERS,
                OfferStatusStates.talentWithPendingOffers(TALENT_ID, FIRST, SECOND))
            .uponReceiving("list the second and last page of a talent's offers")
            .path("/open-apis/hire/v1/offers")
            .query("talent_id=" + TALENT_ID + "&page_size=1&page_token=" + PAGE_TOKEN))
        .status(200)
        .body(
            success()
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
