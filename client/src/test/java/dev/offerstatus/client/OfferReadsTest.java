package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.sdk.model.OfferStatus;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.RecordedExchange;
import dev.offerstatus.simulator.Simulator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** getOffer and listOffers against the provider simulator (and MockWebServer for odd answers). */
class OfferReadsTest {
  static final String TALENT = "7096320678581242999";

  @RegisterExtension final SimulatorFixture fixture = SimulatorFixture.at("2026-12-01T10:00:00Z");
  private Simulator simulator;

  private OfferStatusClient client(Simulator.Builder builder) {
    simulator = fixture.start(builder.app("cli_reads", "reads_secret"));
    return fixture.client("cli_reads", "reads_secret").build();
  }

  private long requestsTo(String pathPrefix) {
    return simulator.exchanges().stream()
        .map(RecordedExchange::path)
        .filter(p -> p.startsWith(pathPrefix))
        .count();
  }

  @Test
  void getOfferReadsTheStatusTheWritesLeave() {
    OfferStatusClient client =
        client(
            Simulator.builder().seed(Offer.pendingOnboarding("o1"), Offer.pendingOnboarding("o2")));

    OfferResult before = client.getOffer("o1");
    assertThat(before.status().value()).isEqualTo(11);
    assertThat(before.status().known()).contains(OfferStatus.INTERN_PENDING_ONBOARDING);
    assertThat(before.offer().getId()).isEqualTo("o1");
    assertThat(before.logId()).matches("[0-9]{14}[0-9A-F]{16}");

    client.confirmOnboarding("o1", LocalDate.of(2022, 1, 1));
    assertThat(client.getOffer("o1").status().known()).contains(OfferStatus.INTERN_ONBOARDED);
    client.offboard("o1", LocalDate.of(2022, 6, 1), null);
    assertThat(client.getOffer("o1").status().value()).isEqualTo(13);

    // The spec's documented assumption for cancel_onboarding (x-offer-transitions).
    client.cancelOnboarding("o2");
    assertThat(client.getOffer("o2").status().known()).contains(OfferStatus.CANDIDATE_REJECTED);
  }

  @Test
  void anUnknownOfferIsFeishusParameterError() {
    OfferStatusClient client = client(Simulator.builder());

    assertThatThrownBy(() -> client.getOffer("6791698585114741000"))
        .isInstanceOfSatisfying(
            ParameterErrorException.class,
            e -> {
              assertThat(e.code()).isEqualTo(1002002);
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.logId()).isPresent();
              assertThat(e.msg())
                  .endsWith(
                      ": offer_id: no offer with id \"6791698585114741000\" exists (rule"
                          + " offer-exists)");
            });
  }

  @Test
  void aBadOfferIdIsRefusedBeforeAnythingIsSent() {
    OfferStatusClient client = client(Simulator.builder());

    for (String bad : List.of("..", "a/b", " ", "")) {
      assertThatThrownBy(() -> client.getOffer(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidRequestException.class,
              e ->
                  assertThat(e.violations())
                      .singleElement()
                      .extracting("rule")
                      .isEqualTo("path-segment"));
    }
    assertThatThrownBy(() -> client.getOffer(null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("request not sent: 1 contract violation\n  offer_id: is required");
    assertThat(simulator.exchanges()).isEmpty();
  }

  @Test
  void listOffersFollowsThePagesLazilyInOfferIdOrder() {
    Offer[] offers =
        IntStream.rangeClosed(1, 5)
            .mapToObj(i -> Offer.pendingOnboarding("offer-" + i).withTalentId(TALENT))
            .toArray(Offer[]::new);
    OfferStatusClient client =
        client(Simulator.builder().seed(offers).seed(Offer.pendingOnboarding("elsewhere")));

    List<String> ids = client.listOffers(TALENT, 2).map(o -> o.info().getId()).toList();

    assertThat(ids).containsExactly("offer-1", "offer-2", "offer-3", "offer-4", "offer-5");
    assertThat(requestsTo("/open-apis/hire/v1/offers")).isEqualTo(3); // 2 + 2 + 1
    assertThat(client.listOffers(TALENT).count()).isEqualTo(5); // the spec's default size, 10
  }

  @Test
  void pageAtATime() {
    OfferStatusClient client =
        client(
            Simulator.builder()
                .seed(
                    Offer.pendingOnboarding("a").withTalentId(TALENT),
                    Offer.onboarded("b", LocalDate.of(2022, 1, 1)).withTalentId(TALENT),
                    Offer.pendingOnboarding("c").withTalentId(TALENT)));

    OfferPage first = client.listOffersPage(TALENT, 2, null);
    assertThat(first.items()).extracting(o -> o.info().getId()).containsExactly("a", "b");
    assertThat(first.items()).extracting(o -> o.status().value()).containsExactly(11, 12);
    assertThat(first.hasMore()).isTrue();
    assertThat(first.logId()).isNotNull();
    OfferPage second = client.listOffersPage(TALENT, 2, first.nextPageToken());
    assertThat(second.items()).extracting(o -> o.info().getId()).containsExactly("c");
    assertThat(second.hasMore()).isFalse();
    assertThat(second.next()).isEmpty();
    assertThat(client.listOffersPage("7096320678581240000", null, null).items()).isEmpty();
  }

  @Test
  void badListParametersAreRefusedBeforeAnythingIsSentWithTheSpecsLimits() {
    OfferStatusClient client = client(Simulator.builder());

    assertThatThrownBy(() -> client.listOffers(TALENT, 201))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "request not sent: 1 contract violation\n  page_size: must be at most 200, was 201");
    assertThatThrownBy(() -> client.listOffersPage(TALENT, 0, null))
        .hasMessage(
            "request not sent: 1 contract violation\n  page_size: must be at least 1, was 0");
    assertThatThrownBy(() -> client.listOffers(""))
        .hasMessage(
            "request not sent: 1 contract violation\n"
                + "  talent_id: must have at least 1 character(s), was \"\"");
    assertThatThrownBy(() -> client.listOffers(null))
        .hasMessage("request not sent: 1 contract violation\n  talent_id: is required");
    assertThat(simulator.exchanges()).isEmpty();
  }

  @Test
  void eachOperationHasItsOwnBudgetFromItsRateLimit() {
    OfferStatusClient client =
        client(Simulator.builder().limitsOff().seed(Offer.pendingOnboarding("o1")));
    client.getOffer("o1"); // fetches the token
    Instant start = fixture.clock().instant();

    for (int i = 0; i < 19; i++) {
      client.getOffer("o1");
    }
    assertThat(fixture.clock().instant())
        .isEqualTo(start); // 20 in the first second: getOffer's 20/s
    for (int i = 0; i < 50; i++) {
      client.listOffers(TALENT).count();
    }
    assertThat(fixture.clock().instant())
        .isEqualTo(start); // listOffers' own 50/s, untouched by getOffer
    client.getOffer("o1");
    assertThat(Duration.between(start, fixture.clock().instant()))
        .isEqualTo(Duration.ofSeconds(1).plus(SlidingWindowRateLimiter.DEFAULT_SECOND_MARGIN));
  }

  @Test
  void aStatusTheSpecDoesNotKnowIsKeptNotAFailure() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(MockFeishu.token("t-abc", 7200));
      server.enqueue(
          MockFeishu.json(
                  200,
                  "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer\":{\"id\":\"o1\","
                      + "\"offer_status\":14,\"offer_type\":2}}}")
              .setHeader("X-Tt-Logid", "log-14"));
      server.enqueue(
          MockFeishu.json(
              200,
              "{\"code\":0,\"msg\":\"success\",\"data\":{\"has_more\":false,\"items\":["
                  + "{\"id\":\"o1\",\"offer_status\":99},{\"id\":\"o2\",\"offer_status\":12}]}}"));
      OfferStatusClient client = MockFeishu.client(server, new FakeTime()).build();

      OfferResult result = client.getOffer("o1");
      assertThat(result.status().value()).isEqualTo(14);
      assertThat(result.status().known()).isEmpty();
      assertThat(result.status()).hasToString("14 (not in the spec)");
      assertThat(result.offer().getOfferStatus()).isNull();
      assertThat(result.logId()).isEqualTo("log-14");

      assertThat(client.listOffers(TALENT).map(o -> o.status().toString()))
          .containsExactly("99 (not in the spec)", "12 (INTERN_ONBOARDED)");
    }
  }

  @Test
  void anOfferWithoutAnIntegerStatusIsAnUnexpectedResponse() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(MockFeishu.token("t-abc", 7200));
      server.enqueue(
          MockFeishu.json(
              200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer\":{\"id\":\"o1\"}}}"));
      OfferStatusClient client = MockFeishu.client(server, new FakeTime()).build();

      assertThatThrownBy(() -> client.getOffer("o1"))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageStartingWith(
              "GET /open-apis/hire/v1/offers/o1: expected Feishu's JSON envelope but got an offer"
                  + " without an integer \"offer_status\" (offer o1) (HTTP 200");
    }
  }

  @Test
  void pageTokensThatCycleStopTheListWithAnUnexpectedResponse() throws IOException {
    try (MockWebServer server = failFastServer()) {
      server.enqueue(MockFeishu.token("t-abc", 7200));
      server.enqueue(page("o1", true, "A"));
      server.enqueue(page("o2", true, "B"));
      server.enqueue(page("o3", true, "A").setHeader("X-Tt-Logid", "log-cycle"));
      OfferStatusClient client = MockFeishu.client(server, new FakeTime()).build();
      List<String> listed = new java.util.ArrayList<>();

      assertThatThrownBy(() -> client.listOffers(TALENT).forEach(o -> listed.add(o.info().getId())))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessage(
              "GET listOffers talent_id="
                  + TALENT
                  + ": page 3 names \"A\" as the next page_token, the token of page 2 of this"
                  + " walk; stopped instead of listing pages again (log id log-cycle)");
      assertThat(listed).containsExactly("o1", "o2");
      assertThat(server.getRequestCount()).isEqualTo(4);
    }
  }

  @Test
  void anEmptyPageTokenWithMoreIsAnUnexpectedResponseNotTheFirstPageAgain() throws IOException {
    try (MockWebServer server = failFastServer()) {
      server.enqueue(MockFeishu.token("t-abc", 7200));
      server.enqueue(page("o1", true, ""));
      server.enqueue(page("o1", true, ""));
      OfferStatusClient client = MockFeishu.client(server, new FakeTime()).build();

      assertThatThrownBy(() -> client.listOffers(TALENT).count())
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageStartingWith(
              "GET /open-apis/hire/v1/offers: expected Feishu's JSON envelope but got has_more"
                  + " true without a page_token (HTTP 200");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  /** A server that answers a request past its queue with a 404 at once instead of waiting. */
  private static MockWebServer failFastServer() {
    MockWebServer server = new MockWebServer();
    QueueDispatcher queue = new QueueDispatcher();
    queue.setFailFast(true);
    server.setDispatcher(queue);
    return server;
  }

  private static okhttp3.mockwebserver.MockResponse page(String id, boolean more, String token) {
    return MockFeishu.json(
        200,
        "{\"code\":0,\"msg\":\"success\",\"data\":{\"has_more\":"
            + more
            + ",\"page_token\":\""
            + token
            + "\",\"items\":[{\"id\":\""
            + id
            + "\",\"offer_status\":12}]}}");
  }

  @Test
  void aLostAnswerToAReadIsReadAgain() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(MockFeishu.token("t-abc", 7200));
      server.enqueue(
          MockFeishu.json(200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer\":{\"id\":\"o1\"")
              .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
      server.enqueue(
          MockFeishu.json(
              200,
              "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer\":{\"id\":\"o1\","
                  + "\"offer_status\":12}}}"));
      OfferStatusClient client = MockFeishu.client(server, new FakeTime()).build();

      assertThat(client.getOffer("o1").status().value()).isEqualTo(12);
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }
}
