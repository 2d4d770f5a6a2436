package dev.offerstatus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.offerstatus.sdk.api.OfferApi;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.Operation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// README-SNIPPET-START
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = OfferStatusStates.PROVIDER, pactVersion = PactSpecVersion.V4)
class MyOfferClientConsumerPactTest {
  static final String TOKEN = "t-7f1bcd13fc57d46bac21793a18e560";

  @Pact(consumer = "my-hr-sync")
  V4Pact confirm(PactDslWithProvider builder) {
    return builder
        .given(OfferStatusStates.TOKEN_VALID, OfferStatusStates.validToken(TOKEN))
        .given(
            OfferStatusStates.OFFER_IN_STATE,
            OfferStatusStates.pendingOnboarding("7016605170635213100"))
        .uponReceiving("confirm onboarding")
        .method("POST")
        .path("/open-apis/hire/v1/offers/7016605170635213100/intern_offer_status")
        .headers(
            Map.of(
                "Authorization",
                "Bearer " + TOKEN,
                "Content-Type",
                "application/json; charset=utf-8"))
        .body(
            new PactDslJsonBody()
                .stringValue("operation", "confirm_onboarding")
                .object("onboarding_info")
                .localDate("actual_onboarding_date", "yyyy-MM-dd", LocalDate.of(2022, 1, 1))
                .closeObject())
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", "application/json(;.*)?", "application/json; charset=utf-8")
        .body(new PactDslJsonBody().numberValue("code", 0).stringValue("msg", "success"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "confirm")
  void confirms(MockServer server) throws Exception {
    OfferApi api = yourClient(server.getUrl() + "/", TOKEN); // your client set-up here
    var request =
        new InternOfferStatusRequest()
            .operation(Operation.CONFIRM_ONBOARDING)
            .onboardingInfo(
                new InternOfferOnboardingInfo().actualOnboardingDate(LocalDate.of(2022, 1, 1)));

    assertThat(api.internOfferStatus("7016605170635213100", request).execute().body().getCode())
        .isZero();
  }

  // README-SNIPPET-END

  private static OfferApi yourClient(String baseUrl, String token) {
    return ContractExamples.api(baseUrl, token);
  }
}
