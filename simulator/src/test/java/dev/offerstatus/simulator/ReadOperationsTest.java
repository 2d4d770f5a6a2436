package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** getOffer and listOffers over HTTP: the offer book, paging, errors, auth and their own limits. */
class ReadOperationsTest {
  private static final String TALENT = "7096320678581242999";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private Simulator simulator;
  private Http http;
  private String bearer;

  @BeforeEach
  void start() {
    List<Offer> offers = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      offers.add(Offer.pendingOnboarding("offer-" + i).withTalentId(TALENT));
    }
    offers.add(Offer.onboarded("onboarded", LocalDate.of(2022, 1, 1)));
    simulator = Simulator.builder().app("cli_a", "a").clock(clock).seed(offers).start();
    http = new Http(simulator.baseUrl());
    bearer = "Bearer " + simulator.issueToken("cli_a");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private Http.Answer get(String offerId) {
    return http.get("open-apis/hire/v1/offers/" + offerId, bearer);
  }

  private Http.Answer list(String query) {
    return http.get("open-apis/hire/v1/offers?" + query, bearer);
  }

  @Test
  void getOfferAnswersTheOfferWithItsStatusTypeAndLogId() {
    Http.Answer answer = get("onboarded");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(answer.header("X-Tt-Logid")).matches("[0-9]{14}[0-9A-F]{16}");
    assertThat(answer.body().toString())
        .isEqualTo(
            "{\"code\":0,\"msg\":\"ok\",\"data\":{\"offer\":{\"id\":\"onboarded\","
                + "\"application_id\":\"application-of-onboarded\",\"offer_status\":12,"
                + "\"offer_type\":2}}}");
  }

  @Test
  void aCancelledOnboardingReadsAsTheSpecsDocumentedAssumption() {
    http.offer(bearer.substring(7), "offer-1", "{\"operation\":\"cancel_onboarding\"}");

    assertThat(get("offer-1").body().at("/data/offer/offer_status").intValue()).isEqualTo(8);
  }

  @Test
  void anUnknownOfferIsA1002002ParameterError() {
    Http.Answer answer = get("6791698585114741000");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(1002002);
    assertThat(answer.msg())
        .endsWith(
            ": offer_id: no offer with id \"6791698585114741000\" exists (rule offer-exists)");
    assertThat(answer.body().at("/error/log_id").asText()).isEqualTo(answer.header("X-Tt-Logid"));
  }

  @Test
  void readsNeedAValidTokenLikeTheWrite() {
    assertThat(http.get("open-apis/hire/v1/offers/onboarded", null).code()).isEqualTo(99991661);
    assertThat(http.get("open-apis/hire/v1/offers/onboarded", "Bearer t-nope").code())
        .isEqualTo(99991663);
    assertThat(http.get("open-apis/hire/v1/offers?talent_id=x", "Bearer t-nope").code())
        .isEqualTo(99991663);
  }

  @Test
  void listOffersPagesThroughATalentsOffersInIdOrder() {
    List<String> ids = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Http.Answer answer =
          list(
              "talent_id="
                  + TALENT
                  + "&page_size=2"
                  + (token == null ? "" : "&page_token=" + token));
      assertThat(answer.code()).as(answer.msg()).isZero();
      JsonNode data = answer.body().get("data");
      data.get("items").forEach(item -> ids.add(item.get("id").asText()));
      token = data.path("has_more").asBoolean() ? data.get("page_token").asText() : null;
      if (token == null) {
        assertThat(data.has("page_token")).isFalse(); // "否则不返回 page_token"
      }
      pages++;
    } while (token != null);

    assertThat(ids).containsExactly("offer-1", "offer-2", "offer-3", "offer-4", "offer-5");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void listOffersUsesTheSpecsDefaultPageSize() {
    for (int i = 6; i <= 12; i++) {
      simulator.seed(Offer.pendingOnboarding("offer-" + (char) ('a' + i)).withTalentId(TALENT));
    }

    Http.Answer answer = list("talent_id=" + TALENT);

    assertThat(answer.body().at("/data/items").size()).isEqualTo(10);
    assertThat(answer.body().at("/data/has_more").booleanValue()).isTrue();
  }

  @Test
  void aTalentWithoutOffersHasAnEmptyList() {
    assertThat(list("talent_id=7096320678581240000").body().get("data").toString())
        .isEqualTo("{\"has_more\":false,\"items\":[]}");
  }

  @Test
  void badListParametersAre1002002NamingTheParameterValueAndRule() {
    assertThat(list("talent_id=" + TALENT + "&page_size=201").msg())
        .endsWith(": page_size: must be at most 200, was 201 (rule maximum)");
    assertThat(list("talent_id=" + TALENT + "&page_size=ten").msg())
        .endsWith(": page_size: must be of type integer, was \"ten\" (rule type)");
    assertThat(list("page_size=2").msg()).endsWith(": talent_id: is required (rule required)");
    assertThat(list("talent_id=" + TALENT + "&user_id_type=email").msg())
        .endsWith(
            ": user_id_type: must be one of \"open_id\", \"union_id\", \"user_id\","
                + " \"people_admin_id\", was \"email\" (rule enum)");
    Http.Answer otherTalentsToken = list("talent_id=" + TALENT + "&page_size=1");
    String token = otherTalentsToken.body().at("/data/page_token").asText();
    Http.Answer misused = list("talent_id=someone-else&page_token=" + token);
    assertThat(misused.status()).isEqualTo(400);
    assertThat(misused.code()).isEqualTo(1002002);
    assertThat(misused.msg())
        .endsWith(
            ": page_token: \""
                + token
                + "\" is not a page token of talent_id someone-else (rule page-token)");
  }

  @Test
  void anIntegerParameterWrittenOtherwiseThanAsDigitsIsAParameterError() {
    // before the fix: 1002001 "the simulator failed: For input string: ..."
    for (String pageSize : List.of("1e2", "5.0", "0x10", "%205")) {
      Http.Answer answer = list("talent_id=" + TALENT + "&page_size=" + pageSize);

      assertThat(answer.status()).as(pageSize).isEqualTo(400);
      assertThat(answer.code()).as(pageSize).isEqualTo(1002002);
      assertThat(answer.msg())
          .endsWith(
              ": page_size: must be of type integer, was \""
                  + pageSize.replace("%20", " ")
                  + "\" (rule type)");
    }
    assertThat(list("talent_id=" + TALENT + "&page_size=%2B2").body().at("/data/items").size())
        .isEqualTo(2);
  }

  @Test
  void longValuesAreEchoedShortenedAsTheWritesDo() {
    String id = "7".repeat(70_000);
    String shortened = "7".repeat(100) + "...(70000 characters)";

    Http.Answer unknown = get(id);
    Http.Answer badToken = list("talent_id=" + id + "&page_token=" + "A".repeat(70_000));

    assertThat(unknown.code()).isEqualTo(1002002);
    assertThat(unknown.raw().body()).hasSizeLessThan(1000);
    assertThat(unknown.msg()).contains("no offer with id \"" + shortened + "\" exists");
    assertThat(badToken.code()).isEqualTo(1002002);
    assertThat(badToken.raw().body()).hasSizeLessThan(1000);
    assertThat(badToken.msg())
        .endsWith(
            ": page_token: \""
                + "A".repeat(100)
                + "...(70000 characters)\" is not a page token of talent_id "
                + shortened
                + " (rule page-token)");
  }

  @Test
  void eachOperationHasItsOwnWindowFromItsRateLimit() {
    for (int i = 0; i < 20; i++) {
      assertThat(get("onboarded").code()).as("get %d", i + 1).isZero();
    }
    Http.Answer limited = get("onboarded");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.code()).isEqualTo(99991400);
    assertThat(limited.header("x-ogw-ratelimit-limit")).isEqualTo("20"); // getOffer: 20/s

    for (int i = 0; i < 50; i++) {
      assertThat(list("talent_id=" + TALENT).code()).as("list %d", i + 1).isZero();
    }
    assertThat(list("talent_id=" + TALENT).header("x-ogw-ratelimit-limit")).isEqualTo("50");
    assertThat(
            http.offer(bearer.substring(7), "offer-2", "{\"operation\":\"cancel_onboarding\"}")
                .code())
        .isZero(); // the write's window is its own too
  }

  @Test
  void routingFollowsTheSpecsOperationsOnly() {
    assertThat(http.post("open-apis/hire/v1/offers/onboarded", bearer, "{}").status())
        .isEqualTo(404);
    assertThat(http.get("open-apis/hire/v1/offers/onboarded/intern_offer_status", bearer).status())
        .isEqualTo(404);
    assertThat(http.get("open-apis/hire/v1/offers/a/b", bearer).status()).isEqualTo(404);
  }
}
