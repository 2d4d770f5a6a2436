package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator on the wire: tokens, auth errors, operations, the state machine. */
class SimulatorTest {
  private static final String CONFIRM =
      "{\"operation\":\"confirm_onboarding\",\"onboarding_info\":"
          + "{\"actual_onboarding_date\":\"2022-01-01\"}}";
  private static final String CANCEL = "{\"operation\":\"cancel_onboarding\"}";
  private static final String OFFBOARD =
      "{\"operation\":\"offboard\",\"offboarding_info\":"
          + "{\"actual_offboarding_date\":\"2022-03-02\",\"notes\":\"主动离职\"}}";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  private Simulator simulator;
  private Http http;
  private String token;

  @BeforeEach
  void start() {
    simulator =
        Simulator.builder()
            .app("cli_a", "secret_a")
            .app("cli_noscope", "secret_n", Set.of())
            .clock(clock)
            .tokenTtl(Duration.ofSeconds(600))
            .limitsOff()
            .seed(
                Offer.pendingOnboarding("pending"),
                Offer.onboarded("onboarded", LocalDate.of(2022, 1, 1)),
                Offer.offboarded("offboarded", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1)))
            .start();
    http = new Http(simulator.baseUrl());
    token = http.token("cli_a", "secret_a").body().path("tenant_access_token").asText();
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void baseUrlIsLoopbackAndEndsWithSlash() {
    assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port() + "/");
    assertThat(simulator.stateChangeUrl()).isEqualTo(simulator.baseUrl() + "_pact/provider-states");
  }

  @Test
  void tokenEndpointIssuesATenantAccessTokenWithTheConfiguredExpire() {
    Http.Answer answer = http.token("cli_a", "secret_a");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.code()).isZero();
    assertThat(answer.msg()).isEqualTo("ok");
    assertThat(answer.body().path("expire").asInt()).isEqualTo(600);
    assertThat(answer.body().path("tenant_access_token").asText()).matches("t-[0-9a-f]{40}");
    assertThat(answer.header("X-Tt-Logid")).matches("20261126100000[0-9A-F]{16}");
  }

  @Test
  void wrongSecretGetsWrongAppSecret() {
    Http.Answer answer = http.token("cli_a", "wrong");

    assertThat(answer.status()).isEqualTo(400);
    // the generic error-code page: 10015 is "wrong app secret" (10014 is "app unauthorized")
    assertThat(answer.code()).isEqualTo(10015);
    assertThat(answer.msg()).isEqualTo("wrong app secret");
    assertThat(answer.body().has("tenant_access_token")).isFalse();
  }

  @Test
  void unknownAppGetsInvalidParam() {
    Http.Answer answer = http.token("cli_nobody", "secret_a");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(10003);
    assertThat(answer.msg()).isEqualTo("invalid parameter");
  }

  @Test
  void missingAuthorizationGets99991661() {
    Http.Answer answer = http.offer(null, "pending", CONFIRM);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(99991661);
    assertThat(answer.msg())
        .isEqualTo(
            "Missing access token for authorization. Please make a request with token attached.");
    assertThat(answer.header("X-Tt-Logid")).isNotBlank();
    assertThat(answer.body().path("error").path("log_id").asText())
        .isEqualTo(answer.header("X-Tt-Logid"));
  }

  @Test
  void malformedAuthorizationGets99991661() {
    for (String authorization :
        new String[] {
          "Basic abc", "Bearer ", "Bearer    ", token, "Bearer t-a b", "bearer " + token
        }) {
      Http.Answer answer = http.post(Http.OFFER_PATH.formatted("pending"), authorization, CONFIRM);

      assertThat(answer.code()).as(authorization).isEqualTo(99991661);
      assertThat(answer.status()).isEqualTo(400);
    }
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }

  @Test
  void unknownTokenGets99991663() {
    Http.Answer answer = http.offer("t-unknown", "pending", CONFIRM);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(99991663);
    assertThat(answer.msg())
        .isEqualTo(
            "Invalid access token for authorization. Please make a request with token attached.");
  }

  @Test
  void tokenExpiresAfterItsTimeToLive() {
    clock.advance(Duration.ofSeconds(599));
    assertThat(http.offer(token, "pending", CANCEL).code()).isZero();

    clock.advance(Duration.ofSeconds(1));
    Http.Answer answer = http.offer(token, "onboarded", OFFBOARD);

    assertThat(answer.code()).isEqualTo(99991663);
    assertThat(simulator.offerState("onboarded")).isEqualTo(OfferState.ONBOARDED);
  }

  @Test
  void invalidatedTokensGet99991663() {
    simulator.invalidateTokens();

    assertThat(http.offer(token, "pending", CANCEL).code()).isEqualTo(99991663);
  }

  @Test
  void appWithoutTheScopeGets99991672() {
    String noScope =
        http.token("cli_noscope", "secret_n").body().path("tenant_access_token").asText();

    Http.Answer answer = http.offer(noScope, "pending", CANCEL);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(99991672);
    assertThat(answer.msg())
        .isEqualTo("Access denied. One of the following scopes is required: [hire:offer].");
  }

  @Test
  void confirmOnboardingMovesThePendingOfferToOnboarded() {
    Http.Answer answer = http.offer(token, "pending", CONFIRM);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(answer.header("X-Tt-Logid")).isNotBlank();
    assertThat(answer.body().toString())
        .isEqualTo(
            "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer_id\":\"pending\","
                + "\"operation\":\"confirm_onboarding\","
                + "\"onboarding_info\":{\"actual_onboarding_date\":\"2022-01-01\"}}}");
    assertThat(simulator.offer("pending"))
        .contains(Offer.onboarded("pending", LocalDate.of(2022, 1, 1)));
  }

  @Test
  void cancelOnboardingEndsThePendingOffersOnboarding() {
    Http.Answer answer = http.offer(token, "pending", CANCEL);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().toString())
        .isEqualTo(
            "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer_id\":\"pending\","
                + "\"operation\":\"cancel_onboarding\"}}");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.ONBOARDING_CANCELLED);
  }

  @Test
  void offboardMovesTheOnboardedOfferToOffboarded() {
    Http.Answer answer = http.offer(token, "onboarded", OFFBOARD);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().toString())
        .isEqualTo(
            "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer_id\":\"onboarded\","
                + "\"operation\":\"offboard\","
                + "\"onboarding_info\":{\"actual_onboarding_date\":\"2022-01-01\"},"
                + "\"offboarding_info\":{\"actual_offboarding_date\":\"2022-03-02\","
                + "\"notes\":\"主动离职\"}}}");
    assertThat(simulator.offerState("onboarded")).isEqualTo(OfferState.OFFBOARDED);
  }

  @Test
  void confirmOnboardingOfAnOnboardedOfferGets1002067() {
    Http.Answer answer = http.offer(token, "onboarded", CONFIRM);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.code()).isEqualTo(1002067);
    assertThat(answer.msg())
        .isEqualTo(
            "实习待入职状态错误: operation: offer onboarded is intern_onboarded (12); operation"
                + " confirm_onboarding needs intern_pending_onboarding (11) (rule offer-state)");
    assertThat(simulator.offerState("onboarded")).isEqualTo(OfferState.ONBOARDED);
  }

  @Test
  void cancelOnboardingOfAnOffboardedOfferGets1002067() {
    Http.Answer answer = http.offer(token, "offboarded", CANCEL);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.code()).isEqualTo(1002067);
  }

  @Test
  void offboardOfAPendingOfferGets1002068() {
    Http.Answer answer = http.offer(token, "pending", OFFBOARD);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.code()).isEqualTo(1002068);
    assertThat(answer.msg())
        .isEqualTo(
            "实习入职状态错误: operation: offer pending is intern_pending_onboarding (11); operation"
                + " offboard needs intern_onboarded (12) (rule offer-state)");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }

  @Test
  void offboardOnOrBeforeTheStoredOnboardingDateGets1002002() {
    simulator.seed(Offer.onboarded("late", LocalDate.of(2022, 3, 2)));

    Http.Answer answer = http.offer(token, "late", OFFBOARD);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(1002002);
    assertThat(answer.msg())
        .isEqualTo(
            "参数错误: offboarding_info.actual_offboarding_date: must be later than the offer's"
                + " onboarding_info.actual_onboarding_date 2022-03-02, was \"2022-03-02\""
                + " (rule offboarding-date-after-onboarding-date)");
    assertThat(simulator.offerState("late")).isEqualTo(OfferState.ONBOARDED);
  }

  @Test
  void chineseMessagesWhenAcceptLanguageIsChinese() {
    simulator.seed(Offer.onboarded("late", LocalDate.of(2022, 3, 2)));

    Http.Answer answer =
        http.post(
            Http.OFFER_PATH.formatted("late"),
            "Bearer " + token,
            OFFBOARD,
            Map.of("Accept-Language", "zh-CN,zh;q=0.9"));

    assertThat(answer.msg())
        .isEqualTo(
            "参数错误: offboarding_info.actual_offboarding_date: 需晚于该 Offer 的"
                + " onboarding_info.actual_onboarding_date 2022-03-02，实际为 \"2022-03-02\""
                + " (rule offboarding-date-after-onboarding-date)");
  }

  @Test
  void bodyMissingItsConditionalFieldGets1002002NamingFieldAndRule() {
    Http.Answer answer = http.offer(token, "pending", "{\"operation\":\"confirm_onboarding\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(1002002);
    assertThat(answer.msg())
        .isEqualTo(
            "参数错误: onboarding_info: is required when operation is \"confirm_onboarding\""
                + " (rule onboarding-info-required-for-confirm-onboarding)");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }

  @Test
  void everyBrokenRuleIsNamed() {
    Http.Answer answer =
        http.offer(
            token,
            "pending",
            "{\"operation\":\"offboard\",\"onboarding_info\":{\"actual_onboarding_date\":\"2022-02-30\"}}");

    assertThat(answer.code()).isEqualTo(1002002);
    assertThat(answer.msg())
        .isEqualTo(
            "参数错误: offboarding_info: is required when operation is \"offboard\""
                + " (rule offboarding-info-required-for-offboard);"
                + " onboarding_info.actual_onboarding_date: must be a real calendar date written"
                + " YYYY-MM-DD, was \"2022-02-30\" (rule date-format)");
  }

  @Test
  void bodyThatIsNotJsonGets1002002() {
    Http.Answer answer = http.offer(token, "pending", "{operation");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.msg()).isEqualTo("参数错误: is not valid JSON (line 1, column 2) (rule json)");
  }

  @Test
  void dotDotOfferIdGets1002002FromThePathSegmentRule() {
    Http.Answer answer = http.offer(token, "%2E%2E", CANCEL);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.msg())
        .isEqualTo(
            "参数错误: offer_id: must be one URL path segment (not blank, no \"/\", not \".\" or"
                + " \"..\", no control characters), was \"..\" (rule path-segment)");
  }

  @Test
  void unknownOfferGetsAParameterErrorNamingTheOfferId() {
    Http.Answer answer = http.offer(token, "7016605170635213100", CANCEL);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(1002002);
    assertThat(answer.msg())
        .isEqualTo(
            "参数错误: offer_id: no offer with id \"7016605170635213100\" exists"
                + " (rule offer-exists)");
  }

  @Test
  void unknownPathsGet404WithALogId() {
    Http.Answer answer = http.post("open-apis/hire/v1/offers", "Bearer " + token, "{}");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.msg()).isEqualTo("404 page not found: POST /open-apis/hire/v1/offers");
    assertThat(answer.header("X-Tt-Logid")).isNotBlank();
  }

  @Test
  void operationPathsWithoutAnOfferIdSegmentGet404() {
    for (String path :
        List.of(
            "open-apis/hire/v1/offers/intern_offer_status",
            "open-apis/hire/v1/offers//intern_offer_status",
            "open-apis/hire/v1/offers/a/b/intern_offer_status")) {
      Http.Answer answer = http.post(path, "Bearer " + token, CANCEL);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.msg()).as(path).isEqualTo("404 page not found: POST /" + path);
    }
  }

  @Test
  void offerStateOfAnUnknownOfferFailsNamingIt() {
    assertThatThrownBy(() -> simulator.offerState("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no offer with id \"nope\"");
  }

  @Test
  void operationRequestsCountsEveryRequestToTheOperation() {
    http.offer(null, "pending", CANCEL);
    http.offer(token, "pending", CANCEL);

    assertThat(simulator.operationRequests()).isEqualTo(2);
  }
}
