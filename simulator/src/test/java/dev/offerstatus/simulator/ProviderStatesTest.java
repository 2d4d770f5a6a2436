package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Pact provider-state change endpoint, as any Pact verifier calls it. */
class ProviderStatesTest {
  private static final String CANCEL = "{\"operation\":\"cancel_onboarding\"}";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  private Simulator simulator;
  private Http http;

  @BeforeEach
  void start() {
    simulator =
        Simulator.builder().app("cli_a", "a").clock(clock).limitsOff().providerStates().start();
    http = new Http(simulator.baseUrl());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void setupStoresTheOfferNamedByTheParameters() {
    Http.Answer answer =
        http.state(
            "{\"state\":\"an onboarded intern offer\",\"action\":\"setup\",\"params\":"
                + "{\"offer_id\":\"7016605170635213100\",\"state\":\"onboarded\","
                + "\"onboarding_date\":\"2022-01-01\"}}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().toString()).isEqualTo("{}");
    assertThat(simulator.offer("7016605170635213100"))
        .contains(Offer.onboarded("7016605170635213100", LocalDate.of(2022, 1, 1)));
  }

  @Test
  void numericFeishuStatesAreAcceptedAndActionDefaultsToSetup() {
    http.state("{\"state\":\"s\",\"params\":{\"offer_id\":\"o1\",\"state\":11}}");

    assertThat(simulator.offerState("o1")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }

  @Test
  void offerIdsStoreSeveralOffersOfOneTalentAndTeardownRemovesThem() {
    String params =
        "\"params\":{\"offer_ids\":\"o1, o2\",\"state\":\"pending_onboarding\","
            + "\"talent_id\":\"t9\",\"offer_type\":1}";
    assertThat(http.state("{\"state\":\"s\"," + params + "}").status()).isEqualTo(200);

    assertThat(simulator.offer("o2"))
        .contains(new Offer("o2", OfferState.PENDING_ONBOARDING, null, null, null, "t9", 1));
    assertThat(simulator.offer("o1")).map(Offer::talentId).contains("t9");

    http.state("{\"state\":\"s\",\"action\":\"teardown\"," + params + "}");
    assertThat(simulator.offer("o1")).isEmpty();
    assertThat(simulator.offer("o2")).isEmpty();
  }

  @Test
  void aStateThatWouldPassTheBooksCapIsRefusedAndStoresNothing() {
    // 30 states of 100,000 offer_ids took the simulator from 89 MB to 699 MB
    try (Simulator small =
        Simulator.builder()
            .maxOffers(5)
            .providerStates()
            .seed(Offer.pendingOnboarding("s1"))
            .start()) {
      Http smallHttp = new Http(small.baseUrl());

      Http.Answer refused =
          smallHttp.state(
              "{\"state\":\"five more\",\"params\":{\"offer_ids\":\"s1,o1,o2,o3,o4,o5\","
                  + "\"state\":11}}");
      Http.Answer fits =
          smallHttp.state(
              "{\"state\":\"four more\",\"params\":{\"offer_ids\":\"s1,o1,o2,o3,o4\","
                  + "\"state\":11}}");

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.body().get("error").asText())
          .isEqualTo(
              "state \"five more\": the simulator holds at most 5 offers (maxOffers) and has 1;"
                  + " this state adds 5: tear earlier states down first");
      assertThat(fits.status()).isEqualTo(200);
      assertThat(small.offer("o4")).isPresent();
      assertThat(small.offer("o5")).isEmpty();
    }
  }

  @Test
  void oneStateSetsUpAtMostAThousandOffersOfBoundedIds() {
    String ids =
        String.join(
            ",", java.util.stream.IntStream.rangeClosed(1, 1001).mapToObj(i -> "o" + i).toList());

    Http.Answer tooMany =
        http.state("{\"state\":\"s\",\"params\":{\"offer_ids\":\"" + ids + "\",\"state\":11}}");
    Http.Answer tooLong =
        http.state(
            "{\"state\":\"s\",\"params\":{\"offer_id\":\""
                + "7".repeat(1001)
                + "\",\"state\":11}}");
    Http.Answer longNotes =
        http.state(
            "{\"state\":\"s\",\"params\":{\"offer_id\":\"o1\",\"state\":11,\"notes\":\""
                + "n".repeat(100_000)
                + "\"}}");

    assertThat(tooMany.body().get("error").asText())
        .isEqualTo("state \"s\": offer_ids: at most 1000 offers in one state, got 1001");
    assertThat(tooLong.body().get("error").asText())
        .isEqualTo("state \"s\": offer_id: at most 1000 characters, got 1001");
    assertThat(longNotes.body().get("error").asText())
        .isEqualTo("state \"s\": notes: at most 1000 characters, got 100000");
    assertThat(simulator.offer("o1")).isEmpty();
    assertThat(simulator.offer("o1000")).isEmpty();
  }

  @Test
  void anErrorCodeStateMakesTheOperationsNextRequestAnswerIt() {
    String token = simulator.issueToken("cli_a");
    String params = "\"params\":{\"operation_id\":\"updateOfferStatus\",\"error_code\":1002070}";

    Http.Answer setup = http.state("{\"state\":\"approval started in Hire\"," + params + "}");
    Http.Answer answer =
        http.patch(
            "open-apis/hire/v1/offers/o1/offer_status", "Bearer " + token, "{\"offer_status\":2}");
    Http.Answer unknown =
        http.state(
            "{\"state\":\"s\",\"params\":{\"operation_id\":\"getOffer\",\"error_code\":1002070}}");

    assertThat(setup.status()).isEqualTo(200);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(1002070);
    assertThat(unknown.body().path("error").asText())
        .isEqualTo(
            "state \"s\": getOffer declares no error code 1002070 (x-error-codes,"
                + " x-platform-error-codes)");
    http.state("{\"state\":\"s\"," + params + "}");
    http.state("{\"state\":\"s\",\"action\":\"teardown\"," + params + "}");
    assertThat(
            http.patch(
                    "open-apis/hire/v1/offers/o1/offer_status",
                    "Bearer " + token,
                    "{\"offer_status\":2}")
                .code())
        .isEqualTo(1002064); // the teardown forgot it: the offer is unknown
  }

  @Test
  void aBadOfferTypeIsRefused() {
    Http.Answer answer =
        http.state(
            "{\"state\":\"s\",\"params\":{\"offer_id\":\"o1\",\"state\":11,"
                + "\"offer_type\":\"intern\"}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().get("error").asText())
        .isEqualTo("state \"s\": offer_type \"intern\" is not an integer");
  }

  @Test
  void teardownRemovesTheOffer() {
    simulator.seed(Offer.pendingOnboarding("o1"));

    http.state("{\"state\":\"s\",\"action\":\"teardown\",\"params\":{\"offer_id\":\"o1\"}}");

    assertThat(simulator.offer("o1")).isEmpty();
  }

  @Test
  void anOfferIdWithoutStateRemovesTheOffer() {
    simulator.seed(Offer.pendingOnboarding("o1"));

    http.state("{\"state\":\"no offer o1\",\"params\":{\"offer_id\":\"o1\"}}");

    assertThat(simulator.offer("o1")).isEmpty();
  }

  @Test
  void tokenParameterMakesThatTokenValidForTheFirstApp() {
    simulator.seed(Offer.pendingOnboarding("o1"));

    http.state("{\"state\":\"a valid token\",\"params\":{\"token\":\"t-fixed\"}}");

    assertThat(http.offer("t-fixed", "o1", CANCEL).code()).isZero();
    clock.advance(Duration.ofSeconds(7200));
    assertThat(http.offer("t-fixed", "o1", CANCEL).code()).isEqualTo(99991663);
  }

  @Test
  void expiredTokenParameterRegistersAnExpiredToken() {
    http.state("{\"state\":\"a valid token\",\"params\":{\"token\":\"t-fixed\"}}");

    http.state(
        "{\"state\":\"an expired token\",\"params\":{\"token\":\"t-fixed\",\"token_expired\":true}}");

    assertThat(http.offer("t-fixed", "o1", CANCEL).code()).isEqualTo(99991663);
  }

  @Test
  void rateLimitExhaustedThrottlesTheAppUntilTeardown() {
    String throttle =
        "{\"state\":\"over the limit\",\"action\":\"%s\",\"params\":{\"token\":\"t-fixed\","
            + "\"rate_limit_exhausted\":true}}";
    http.state(throttle.formatted("setup"));

    Http.Answer first = http.offer("t-fixed", "o1", CANCEL);
    Http.Answer retried = http.offer("t-fixed", "o1", CANCEL);
    http.state(throttle.formatted("teardown"));

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.code()).isEqualTo(99991400);
    assertThat(retried.status()).isEqualTo(429);
    assertThat(http.offer("t-fixed", "o1", CANCEL).code()).isEqualTo(1002002);
  }

  @Test
  void aTokenStateWithoutTheFlagEndsTheThrottle() {
    http.state(
        "{\"state\":\"over the limit\",\"params\":{\"token\":\"t-fixed\","
            + "\"rate_limit_exhausted\":true}}");

    http.state("{\"state\":\"a valid token\",\"params\":{\"token\":\"t-fixed\"}}");

    assertThat(http.offer("t-fixed", "o1", CANCEL).code()).isEqualTo(1002002);
  }

  @Test
  void badParametersAnswer400NamingTheStateAndTheProblem() {
    Http.Answer answer =
        http.state("{\"state\":\"odd\",\"params\":{\"offer_id\":\"o1\",\"state\":\"hired\"}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("error").asText())
        .isEqualTo(
            "state \"odd\": unknown offer state \"hired\"; expected an offer_status number or one"
                + " of not_applied (1), approving (2), approval_withdrawn (3), approved (4),"
                + " approval_rejected (5), offer_sent (6), candidate_accepted (7),"
                + " candidate_rejected (8), offer_expired (9), not_approved (10),"
                + " intern_pending_onboarding (11), intern_onboarded (12), intern_offboarded (13)");
  }

  @Test
  void aBadDateNamesTheParameterAndTheValue() {
    Http.Answer answer =
        http.state(
            "{\"state\":\"x\",\"params\":{\"offer_id\":\"o1\",\"state\":\"offboarded\","
                + "\"onboarding_date\":\"2022-01-01\",\"offboarding_date\":\"2022-13-01\"}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("error").asText())
        .isEqualTo(
            "state \"x\": offboarding_date \"2022-13-01\" is not a date in the form YYYY-MM-DD");
    assertThat(simulator.offer("o1")).isEmpty();
  }

  @Test
  void unknownAppIsRefused() {
    Http.Answer answer =
        http.state("{\"state\":\"x\",\"params\":{\"token\":\"t-1\",\"app_id\":\"cli_z\"}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("error").asText())
        .isEqualTo("state \"x\": unknown app_id \"cli_z\"; the simulator knows [cli_a]");
  }

  @Test
  void unknownActionIsRefused() {
    Http.Answer answer = http.state("{\"state\":\"x\",\"action\":\"later\",\"params\":{}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("error").asText())
        .isEqualTo("action: unknown action \"later\"; expected \"setup\" or \"teardown\"");
  }

  @Test
  void bodyThatIsNotJsonIsRefused() {
    Http.Answer answer = http.state("[1]");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("error").asText())
        .isEqualTo("the state change body must be a JSON object");
  }
}
