package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractResources;
import dev.offerstatus.spec.StateMachine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The states' offer_status numbers come from the spec's x-offer-transitions, nowhere else. */
class OfferStateTest {
  private static final String SPEC = ContractResources.read(ContractResources.OPENAPI);

  @Test
  void theShippedSpecGivesElevenTwelveThirteenAndTheAssumedEight() {
    assertThat(OfferState.PENDING_ONBOARDING.offerStatus()).hasValue(11);
    assertThat(OfferState.ONBOARDED.offerStatus()).hasValue(12);
    assertThat(OfferState.OFFBOARDED.offerStatus()).hasValue(13);
    assertThat(OfferState.ONBOARDING_CANCELLED.offerStatus()).hasValue(8);
    assertThat(OfferState.parse("8")).isEqualTo(OfferState.ONBOARDING_CANCELLED);
    assertThat(OfferState.ofStatus(12)).isEqualTo(OfferState.ONBOARDED);
  }

  @Test
  void correctingTheAssumptionInTheSpecCorrectsTheSimulator() {
    String corrected =
        SPEC.replace(
            "          - when: cancel_onboarding\n            from: [11]\n            to: 8\n",
            "          - when: cancel_onboarding\n            from: [11]\n            to: 5\n");
    assertThat(corrected).isNotEqualTo(SPEC);

    Map<OfferState, Integer> numbers = OfferState.derive(machine(corrected));

    assertThat(numbers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                OfferState.PENDING_ONBOARDING, 11,
                OfferState.ONBOARDED, 12,
                OfferState.OFFBOARDED, 13,
                OfferState.ONBOARDING_CANCELLED, 5));
  }

  @Test
  void transitionsThatDoNotChainAreRefused() {
    String broken =
        SPEC.replace(
            "          - when: offboard\n            from: [12]\n",
            "          - when: offboard\n            from: [11]\n");

    assertThatThrownBy(() -> OfferState.derive(machine(broken)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "The spec's x-offer-transitions do not form the intern offer state machine: ");
    String missing = SPEC.replace("          - when: offboard\n", "          - when: resign\n");
    assertThatThrownBy(() -> OfferState.derive(machine(missing)))
        .hasMessage("The spec's x-offer-transitions have no transition for offboard");
  }

  private static StateMachine machine(String spec) {
    return ContractModel.parse(spec).requireOperation("internOfferStatus").stateMachine().get();
  }
}
