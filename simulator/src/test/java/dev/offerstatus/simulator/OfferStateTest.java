package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An offer's state is an offer_status number; its names and labels are the spec's. */
class OfferStateTest {
  @Test
  void statesCarryTheSpecsNamesAndLabels() {
    OfferState sent = OfferState.parse("offer_sent");

    assertThat(sent).isEqualTo(OfferState.of(6));
    assertThat(sent.number()).isEqualTo(6);
    assertThat(sent.id()).isEqualTo("offer_sent");
    assertThat(sent.label()).contains("Offer 已发出 / offer sent");
    assertThat(sent).hasToString("offer_sent (6)");
    assertThat(OfferState.parse("INTERN_ONBOARDED")).isEqualTo(OfferState.of(12));
    assertThat(OfferState.parse(" 13 ")).isEqualTo(OfferState.OFFBOARDED);
    assertThat(OfferState.of(99)).hasToString("99"); // a newer state is kept, unnamed
  }

  @Test
  void theNamesOfVersionOneStillParse() {
    assertThat(OfferState.parse("pending_onboarding")).isEqualTo(OfferState.of(11));
    assertThat(OfferState.parse("onboarded")).isEqualTo(OfferState.of(12));
    assertThat(OfferState.parse("offboarded")).isEqualTo(OfferState.of(13));
    assertThat(OfferState.parse("onboarding_cancelled")).isEqualTo(OfferState.of(8));
    assertThat(OfferState.ONBOARDED.offerStatus()).hasValue(12);
  }

  @Test
  void anUnknownNameIsRefusedListingTheSpecsStates() {
    assertThatThrownBy(() -> OfferState.parse("hired"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "unknown offer state \"hired\"; expected an offer_status number or one of not_applied"
                + " (1), approving (2),");
    assertThatThrownBy(() -> OfferState.parse(null))
        .hasMessageStartingWith("unknown offer state null; ");
  }
}
