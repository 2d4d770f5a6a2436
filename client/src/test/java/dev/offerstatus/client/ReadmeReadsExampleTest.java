package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.sdk.model.OfferStatus;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import dev.offerstatus.testsupport.Readme;
import dev.offerstatus.testsupport.TestSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's reading example compiles (it is this file's code) and does what it says. */
class ReadmeReadsExampleTest {
  record Read(boolean onboarded, Optional<OfferStatus> known, List<String> lines, OfferPage last) {}

  static Read read(OfferStatusClient client, String offerId, String talentId) {
    // README reads example start
    OfferResult offer = client.getOffer(offerId); // 1002002 for an unknown id
    OfferStatusCode status = offer.status(); // the number Feishu sent, always kept
    boolean onboarded = status.is(OfferStatus.INTERN_ONBOARDED); // the spec's enum, 1..13
    Optional<OfferStatus> known = status.known(); // empty for a number the spec lacks: no failure
    List<String> lines = new ArrayList<>();
    try (Stream<ListedOffer> offers = client.listOffers(talentId)) { // lazy: one page in memory
      offers.forEach(o -> lines.add(o.info().getId() + " " + o.status()));
    }
    OfferPage page = client.listOffersPage(talentId, 200, null); // or page at a time
    while (page.hasMore()) {
      page = client.listOffersPage(talentId, 200, page.nextPageToken());
    }
    // README reads example end
    return new Read(onboarded, known, lines, page);
  }

  @Test
  void readsAnOfferAndATalentsOffers() {
    try (Simulator simulator =
        Simulator.builder()
            .seed(
                Offer.onboarded("7016605170635213100", LocalDate.of(2022, 1, 1)),
                Offer.pendingOnboarding("7016605170635213101"))
            .start()) {
      OfferStatusClient client =
          OfferStatusClient.builder()
              .baseUrl(simulator.baseUrl())
              .appCredentials(Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET)
              .build();

      Read read = read(client, "7016605170635213100", Offer.DEFAULT_TALENT_ID);

      assertThat(read.onboarded()).isTrue();
      assertThat(read.known()).contains(OfferStatus.INTERN_ONBOARDED);
      assertThat(read.lines())
          .containsExactly(
              "7016605170635213100 12 (INTERN_ONBOARDED)",
              "7016605170635213101 11 (INTERN_PENDING_ONBOARDING)");
      assertThat(read.last().items()).hasSize(2);
    }
  }

  @Test
  void theReadmeShowsExactlyThisCode() {
    Readme.ofThisModule()
        .assertShows(
            TestSource.of(ReadmeReadsExampleTest.class)
                .between("// README reads example start", "// README reads example end"));
  }
}
