package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractResources;
import java.util.Map;
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

  @Test
  void theHeaderNamesOfTheSpecAreTheOnesServed() {
    // the token travels in X-Sim-Token, the log id comes back in X-Sim-Logid
    ContractModel spec =
        ContractModel.parse(
            SPEC.replace("Authorization: Bearer {", "X-Sim-Token: Bearer {")
                .replace("            X-Tt-Logid:\n", "            X-Sim-Logid:\n"));
    try (Simulator simulator =
        Simulator.builder().spec(spec).seed(Offer.pendingOnboarding("o1")).start()) {
      Http http = new Http(simulator.baseUrl());
      String bearer = "Bearer " + simulator.issueToken(Simulator.DEFAULT_APP_ID);
      String path = Http.OFFER_PATH.formatted("o1");
      String body = "{\"operation\":\"cancel_onboarding\"}";

      Http.Answer inAuthorization = http.post(path, bearer, body);
      Http.Answer inTheSpecsHeader = http.post(path, null, body, Map.of("X-Sim-Token", bearer));

      assertThat(inAuthorization.code()).isEqualTo(99991661);
      assertThat(inTheSpecsHeader.code()).isZero();
      assertThat(inTheSpecsHeader.header("X-Sim-Logid")).isNotBlank();
      assertThat(inTheSpecsHeader.header("X-Tt-Logid")).isNull();
      assertThat(simulator.offerState("o1")).isEqualTo(OfferState.ONBOARDING_CANCELLED);
    }
  }

  @Test
  void aSpecWhoseOperationsNameNoTokenHeaderIsRefused() {
    ContractModel spec =
        ContractModel.parse(SPEC.replace("Authorization: Bearer {", "Authorization: Token {"));

    assertThatThrownBy(() -> Simulator.builder().spec(spec).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The spec's authenticated operations must name one header in x-required-headers whose"
                + " value starts with the word of an http security scheme [bearer], but they name [].");
  }
}
