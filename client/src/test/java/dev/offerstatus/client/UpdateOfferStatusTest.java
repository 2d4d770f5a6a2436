package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.sdk.model.OfferStatus;
import dev.offerstatus.sdk.model.UpdatableOfferStatus;
import dev.offerstatus.sdk.model.UpdateOfferStatusRequest;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.OfferState;
import dev.offerstatus.simulator.RecordedExchange;
import dev.offerstatus.simulator.Simulator;
import dev.offerstatus.spec.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** updateOfferStatus, the fifth operation, against the simulator serving it from the spec. */
class UpdateOfferStatusTest {
  @RegisterExtension final SimulatorFixture fixture = SimulatorFixture.at("2026-12-01T10:00:00Z");

  private OfferStatusClient client(Offer... offers) {
    fixture.start(Simulator.builder().app("cli_update", "update_secret").seed(offers));
    return fixture.client("cli_update", "update_secret").build();
  }

  @Test
  void anOfferIsApprovedThenSentAndTheReadsShowIt() {
    OfferStatusClient client = client(Offer.of("o1", OfferState.of(2)));

    OperationResult<?> approved = client.updateOfferStatus("o1", UpdatableOfferStatus.APPROVED);
    client.updateOfferStatus(
        "o1",
        new UpdateOfferStatusRequest()
            .offerStatus(UpdatableOfferStatus.OFFER_SENT)
            .expirationDate(LocalDate.of(2027, 1, 1)));

    assertThat(approved.httpStatus()).isEqualTo(200);
    assertThat(approved.logId()).matches("[0-9]{14}[0-9A-F]{16}");
    assertThat(client.getOffer("o1").status().known()).contains(OfferStatus.OFFER_SENT);
  }

  @Test
  void anUnknownOfferIsTypedByTheKindItsOperationDeclares() {
    OfferStatusClient client = client();

    assertThatThrownBy(() -> client.updateOfferStatus("nobody", UpdatableOfferStatus.APPROVED))
        .isInstanceOfSatisfying(
            OtherFeishuErrorException.class,
            e -> {
              assertThat(e.operationId()).isEqualTo("updateOfferStatus");
              assertThat(e.code()).isEqualTo(1002064);
              assertThat(e.kind()).contains(ErrorKind.of("offer-not-found"));
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.logId()).isPresent();
            });
  }

  @Test
  void aTransitionTheFlowRefusesIsTypedByItsKind() {
    OfferStatusClient client = client(Offer.of("o1", OfferState.of(10)));

    assertThatThrownBy(() -> client.updateOfferStatus("o1", UpdatableOfferStatus.OFFER_EXPIRED))
        .isInstanceOfSatisfying(
            OtherFeishuErrorException.class,
            e -> {
              assertThat(e.code()).isEqualTo(1002072);
              assertThat(e.kind()).contains(ErrorKind.of("expire-not-allowed"));
            });
    assertThat(fixture.simulator().offerState("o1")).isEqualTo(OfferState.of(10));
  }

  @Test
  void itsPerMinuteBudgetKeepsTheSimulatorFromEverRefusingACall() {
    OfferStatusClient client = client(Offer.of("o1", OfferState.of(2)));
    client.getOffer("o1"); // the token
    Instant start = fixture.clock().instant();

    for (int i = 0; i < 101; i++) {
      // 4 -> refused from 4 (1002069) after the first: each call still counts for the limit
      try {
        client.updateOfferStatus("o1", UpdatableOfferStatus.APPROVED);
      } catch (OtherFeishuErrorException e) {
        assertThat(e.code()).isEqualTo(1002069);
      }
    }

    // 100 at once (no per-second window), the 101st one minute window (60 s + 1 s margin) later
    assertThat(Duration.between(start, fixture.clock().instant()))
        .isEqualTo(Duration.ofSeconds(61));
    assertThat(fixture.simulator().exchanges())
        .extracting(RecordedExchange::code)
        .doesNotContain(99991400);
  }
}
