package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractResources;
import org.junit.jupiter.api.Test;

/** What the simulator does follows the spec it is given, with no Java change. */
class SpecDrivenTest {
  private static final String SPEC = ContractResources.read(ContractResources.OPENAPI);

  private static ContractModel corrected(String from, String to) {
    String text = SPEC.replace(from, to);
    assertThat(text).isNotEqualTo(SPEC);
    return ContractModel.parse(text);
  }

  @Test
  void correctingTheCancelAssumptionInTheSpecCorrectsTheSimulator() {
    ContractModel spec =
        corrected(
            "          - when: cancel_onboarding\n            from: [11]\n            to: 8\n",
            "          - when: cancel_onboarding\n            from: [11]\n            to: 5\n");
    try (Simulator simulator =
        Simulator.builder().spec(spec).seed(Offer.pendingOnboarding("o1")).start()) {
      Http.Answer answer =
          new Http(simulator.baseUrl())
              .offer(
                  simulator.issueToken(Simulator.DEFAULT_APP_ID),
                  "o1",
                  "{\"operation\":\"cancel_onboarding\"}");

      assertThat(answer.code()).isZero();
      assertThat(simulator.offerState("o1")).isEqualTo(OfferState.of(5));
    }
  }

  @Test
  void aLimitAndACodeChangedInTheSpecAreServed() {
    // getOffer with an hourly limit of 2 instead of 20 per second, and 1002001 for an unknown offer
    ContractModel spec =
        ContractModel.parse(
            SPEC.replace(
                    "        per-second: 20\n        scope: app and tenant",
                    "        per-hour: 2\n        scope: app and tenant")
                .replace(
                    "        answer: data.offer\n        unknown-offer: 1002002",
                    "        answer: data.offer\n        unknown-offer: 1002001"));
    try (Simulator simulator = Simulator.builder().spec(spec).start()) {
      Http http = new Http(simulator.baseUrl());
      String bearer = "Bearer " + simulator.issueToken(Simulator.DEFAULT_APP_ID);

      Http.Answer first = http.get("open-apis/hire/v1/offers/nobody", bearer);
      http.get("open-apis/hire/v1/offers/nobody", bearer);
      Http.Answer third = http.get("open-apis/hire/v1/offers/nobody", bearer);

      assertThat(first.status()).isEqualTo(500);
      assertThat(first.code()).isEqualTo(1002001);
      assertThat(third.status()).isEqualTo(429);
      assertThat(third.header("x-ogw-ratelimit-limit")).isEqualTo("2");
    }
  }

  @Test
  void aLookupByAnOptionalParameterNotSentFindsNoOffer() {
    // getOffer looking its offer up by the optional query parameter user_id_type instead
    ContractModel spec =
        corrected(
            "        parameter: offer_id\n        field: id\n        answer: data.offer",
            "        parameter: user_id_type\n        field: owner\n        answer: data.offer");
    try (Simulator simulator =
        Simulator.builder().spec(spec).seed(Offer.pendingOnboarding("o1")).start()) {
      Http.Answer answer =
          new Http(simulator.baseUrl())
              .get(
                  "open-apis/hire/v1/offers/o1",
                  "Bearer " + simulator.issueToken(Simulator.DEFAULT_APP_ID));

      assertThat(answer.code()).isEqualTo(1002002);
      assertThat(answer.msg())
          .isEqualTo(
              "Parameter error: user_id_type: not sent, so no offer is found (rule offer-exists)");
    }
  }
}
