package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFileTest {
  @Test
  void readsEveryStateByNameOrNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(
        file,
        """
        {"offers": [
          {"offer_id": "a", "state": "pending_onboarding"},
          {"offer_id": "b", "state": 12, "onboarding_date": "2022-01-01"},
          {"offer_id": "c", "state": "offboarded", "onboarding_date": "2022-01-01",
           "offboarding_date": "2022-03-02", "notes": "主动离职"},
          {"offer_id": "d", "state": "onboarding_cancelled"}
        ]}
        """);

    assertThat(SeedFile.read(file))
        .containsExactly(
            Offer.pendingOnboarding("a"),
            Offer.onboarded("b", LocalDate.of(2022, 1, 1)),
            new Offer(
                "c",
                OfferState.OFFBOARDED,
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 3, 2),
                "主动离职"),
            Offer.onboardingCancelled("d"));
  }

  @Test
  void theReadmesExampleSeedFileReads() {
    assertThat(SeedFile.read(Path.of("src/test/resources/seed-example.json")))
        .extracting(Offer::offerId, Offer::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "7016605170635213100", OfferState.PENDING_ONBOARDING),
            org.assertj.core.groups.Tuple.tuple("6949805467799537964", OfferState.ONBOARDED),
            org.assertj.core.groups.Tuple.tuple("6949805467799537965", OfferState.OFFBOARDED));
  }

  @Test
  void talentIdAndOfferTypeAreReadWithTheirDefaults() {
    assertThat(
            SeedFile.parse(
                "s.json",
                "{\"offers\":[{\"offer_id\":\"o1\",\"state\":11},"
                    + "{\"offer_id\":\"o2\",\"state\":11,\"talent_id\":\"t2\","
                    + "\"offer_type\":1}]}"))
        .extracting(Offer::offerId, Offer::talentId, Offer::offerType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("o1", Offer.DEFAULT_TALENT_ID, 2),
            org.assertj.core.groups.Tuple.tuple("o2", "t2", 1));
  }

  @Test
  void unknownStateIsReportedWithItsJsonPointer() {
    assertThatThrownBy(
            () ->
                SeedFile.parse(
                    "seed.json",
                    "{\"offers\":[{\"offer_id\":\"a\",\"state\":11},"
                        + "{\"offer_id\":\"b\",\"state\":\"hired\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Seed file seed.json: /offers/1: unknown offer state \"hired\"; expected an offer_status"
                + " number or one of not_applied (1), approving (2),"
                + " approval_withdrawn (3), approved (4), approval_rejected (5), offer_sent (6),"
                + " candidate_accepted (7), candidate_rejected (8), offer_expired (9), not_approved"
                + " (10), intern_pending_onboarding (11), intern_onboarded (12), intern_offboarded (13)");
  }

  @Test
  void badDateIsReportedWithItsJsonPointer() {
    assertThatThrownBy(
            () ->
                SeedFile.parse(
                    "seed.json",
                    "{\"offers\":[{\"offer_id\":\"a\",\"state\":\"onboarded\","
                        + "\"onboarding_date\":\"2022/01/01\"}]}"))
        .hasMessage(
            "Seed file seed.json: /offers/0: onboarding_date \"2022/01/01\" is not a date in the"
                + " form YYYY-MM-DD");
  }

  @Test
  void missingOfferIdIsReported() {
    assertThatThrownBy(
            () -> SeedFile.parse("seed.json", "{\"offers\":[{\"state\":\"onboarded\"}]}"))
        .hasMessage("Seed file seed.json: /offers/0: offer_id is required (a string)");
  }

  @Test
  void invalidJsonIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> SeedFile.parse("seed.json", "{\"offers\": [\n  {,]}"))
        .hasMessageStartingWith("Seed file seed.json is not valid JSON (line 2, column 4): ");
  }

  @Test
  void offersMustBeAnArray() {
    assertThatThrownBy(() -> SeedFile.parse("seed.json", "{\"offer\": []}"))
        .hasMessage("Seed file seed.json: /offers must be an array of offers");
  }

  @Test
  void anyStateOfTheSpecAndAnyFieldsAreRead() {
    Offer sent =
        SeedFile.parse(
                "seed.json",
                "{\"offers\":[{\"offer_id\":\"s\",\"state\":\"offer_sent\","
                    + "\"fields\":{\"expiration_date\":\"2024-01-31\",\"offer_type\":1}}]}")
            .get(0);

    assertThat(sent.state()).isEqualTo(OfferState.of(6));
    assertThat(sent.field("expiration_date").asText()).isEqualTo("2024-01-31");
    assertThat(sent.offerType()).isEqualTo(1);
    assertThat(sent.talentId()).isEqualTo(Offer.DEFAULT_TALENT_ID);
  }

  @Test
  void anUnknownKeyIsRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                SeedFile.parse(
                    "seed.json",
                    "{\"offers\":[{\"offer_id\":\"s\",\"state\":6,\"offer_stauts\":7}]}"))
        .hasMessage(
            "Seed file seed.json: /offers/0: unknown key \"offer_stauts\"; an offer has offer_id,"
                + " state, fields, talent_id, offer_type, onboarding_date, offboarding_date, notes"
                + " (put any other field of the offer under fields)");
  }
}
