package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * updateOfferStatus (PATCH .../offers/{offer_id}/offer_status), served from its spec entry alone:
 * its scope, its per-minute-only limit, its rules, its codes and its state machine; the reads show
 * what it did.
 */
class UpdateOfferStatusTest {
  private static final String PATH = "open-apis/hire/v1/offers/%s/offer_status";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:30Z"));
  private Simulator simulator;
  private Http http;
  private String bearer;

  @BeforeEach
  void start() {
    simulator =
        Simulator.builder()
            .app("cli_a", "a")
            .app("cli_reader", "r", Set.of("hire:offer:readonly"))
            .clock(clock)
            .seed(
                Offer.of("approved", OfferState.of(4)),
                Offer.of("sent", OfferState.of(6)),
                Offer.of("accepted", OfferState.of(7)),
                Offer.pendingOnboarding("intern"))
            .start();
    http = new Http(simulator.baseUrl());
    bearer = "Bearer " + simulator.issueToken("cli_a");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private Http.Answer patch(String offerId, String body) {
    return http.patch(PATH.formatted(offerId), bearer, body);
  }

  @Test
  void sendingAnApprovedOfferAnswersAnEmptyDataAndKeepsItsExpirationDate() {
    Http.Answer answer =
        patch("approved", "{\"offer_status\":6,\"expiration_date\":\"2024-01-31\"}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().toString()).isEqualTo("{\"code\":0,\"msg\":\"success\",\"data\":{}}");
    assertThat(answer.header("X-Tt-Logid")).matches("[0-9]{14}[0-9A-F]{16}");
    assertThat(simulator.offerState("approved")).isEqualTo(OfferState.of(6));
    assertThat(simulator.offer("approved").orElseThrow().field("expiration_date").asText())
        .isEqualTo("2024-01-31");
  }

  @Test
  void theReadsShowWhatEitherWriteDid() {
    patch("sent", "{\"offer_status\":8,\"termination_reason_id_list\":[\"6891560630172518670\"]}");
    http.offer(bearer.substring(7), "intern", "{\"operation\":\"cancel_onboarding\"}");

    assertThat(
            http.get("open-apis/hire/v1/offers/sent", bearer)
                .body()
                .at("/data/offer/offer_status")
                .intValue())
        .isEqualTo(8);
    assertThat(
            http.get("open-apis/hire/v1/offers?talent_id=" + Offer.DEFAULT_TALENT_ID, bearer)
                .body()
                .at("/data/items")
                .findValuesAsText("offer_status"))
        .containsExactly("7", "4", "8", "8"); // accepted, approved, intern, sent (id order)
  }

  @Test
  void aRequiredWhenRuleOfThePageIsAParameterError() {
    Http.Answer answer = patch("approved", "{\"offer_status\":6}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(1002002);
    assertThat(answer.msg())
        .isEqualTo(
            "参数错误: expiration_date: is required when offer_status is 6"
                + " (rule expiration-date-required-for-offer-sent)");
    assertThat(simulator.offerState("approved")).isEqualTo(OfferState.of(4));
  }

  @Test
  void anUnknownOfferGetsTheCodeTheSpecDeclaresForIt() {
    Http.Answer answer = patch("6791698585114741000", "{\"offer_status\":4}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(1002064);
    assertThat(answer.msg())
        .isEqualTo(
            "Offer 不存在: offer_id: no offer with id \"6791698585114741000\" exists"
                + " (rule offer-exists)");
  }

  @Test
  void aTransitionTheFlowDoesNotAllowGetsItsDeclaredCode() {
    Http.Answer approveSent = patch("sent", "{\"offer_status\":4}");
    Http.Answer acceptIntern = patch("intern", "{\"offer_status\":7}");
    Http.Answer expireApproved = patch("approved", "{\"offer_status\":9}");
    Http.Answer expireAccepted = patch("accepted", "{\"offer_status\":9}");

    assertThat(approveSent.status()).isEqualTo(500);
    assertThat(approveSent.code()).isEqualTo(1002069);
    assertThat(approveSent.msg())
        .isEqualTo(
            "Offer 审批状态更新失败: offer_status: offer sent is offer_sent (6); offer_status 4 needs"
                + " approving (2) (rule offer-state)");
    assertThat(acceptIntern.status()).isEqualTo(400);
    assertThat(acceptIntern.code()).isEqualTo(1002071);
    assertThat(expireApproved.code()).isEqualTo(1002072);
    assertThat(expireApproved.msg())
        .endsWith(
            ": offer_status: offer approved is approved (4); offer_status 9 needs one of"
                + " offer_sent (6), candidate_accepted (7) (rule offer-state)");
    assertThat(expireAccepted.code()).isZero();
    assertThat(simulator.offerState("sent")).isEqualTo(OfferState.of(6));
    assertThat(simulator.offerState("intern")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }

  @Test
  void itsLimitIsPerMinuteOnly() {
    // 100 per minute and no per-second window: 100 in the same instant pass, the 101st is refused
    for (int i = 0; i < 100; i++) {
      assertThat(patch("nobody", "{\"offer_status\":4}").code())
          .as("request %d", i + 1)
          .isEqualTo(1002064);
    }
    Http.Answer limited = patch("nobody", "{\"offer_status\":4}");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.code()).isEqualTo(99991400);
    assertThat(limited.header("x-ogw-ratelimit-limit")).isEqualTo("100");
    assertThat(limited.header("x-ogw-ratelimit-reset")).isEqualTo("30");
    clock.advance(Duration.ofSeconds(30));
    assertThat(patch("nobody", "{\"offer_status\":4}").code()).isEqualTo(1002064);
  }

  @Test
  void anAppWithoutItsScopeIsRefused() {
    Http.Answer answer =
        http.patch(
            PATH.formatted("approved"),
            "Bearer " + simulator.issueToken("cli_reader"),
            "{\"offer_status\":2}");

    assertThat(answer.code()).isEqualTo(99991672);
    assertThat(simulator.offerState("approved")).isEqualTo(OfferState.of(4));
    assertThat(simulator.operationRequests()).isEqualTo(1);
  }

  @Test
  void aBodyOutsideItsSchemaIsRefusedByKeyword() {
    String ids = String.join(",", java.util.Collections.nCopies(51, "\"6891560630172518670\""));

    Http.Answer tooMany =
        patch("sent", "{\"offer_status\":8,\"termination_reason_id_list\":[" + ids + "]}");
    Http.Answer badDate =
        patch("approved", "{\"offer_status\":6,\"expiration_date\":\"2024-02-30\"}");
    Http.Answer posted = http.post(PATH.formatted("approved"), bearer, "{\"offer_status\":2}");

    assertThat(tooMany.code()).isEqualTo(1002002);
    assertThat(tooMany.msg())
        .isEqualTo(
            "参数错误: termination_reason_id_list: must have at most 50 item(s), had 51 (rule"
                + " maxItems)");
    assertThat(badDate.code()).isEqualTo(1002002);
    assertThat(badDate.msg()).startsWith("参数错误: expiration_date: ");
    assertThat(posted.status()).isEqualTo(404); // PATCH only: a POST routes nowhere
    assertThat(simulator.offerState("approved")).isEqualTo(OfferState.of(4));
  }

  @Test
  void whatAnOfferKeepsIsBounded() {
    String note = "n".repeat(20_000);

    Http.Answer answer =
        patch(
            "sent",
            "{\"offer_status\":8,\"termination_reason_id_list\":[\"1\"],"
                + "\"termination_reason_note\":\""
                + note
                + "\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.msg())
        .isEqualTo(
            "参数错误: the simulator keeps at most 16384 characters of JSON per offer, and this"
                + " request would make it more (rule simulator-limit)");
    assertThat(simulator.offerState("sent")).isEqualTo(OfferState.of(6));
  }
}
