package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lark.oapi.Client;
import com.lark.oapi.core.cache.ICache;
import com.lark.oapi.service.hire.v1.model.GetOfferReq;
import com.lark.oapi.service.hire.v1.model.GetOfferResp;
import com.lark.oapi.service.hire.v1.model.InternOfferOffboardingInfo;
import com.lark.oapi.service.hire.v1.model.InternOfferOnboardingInfo;
import com.lark.oapi.service.hire.v1.model.InternOfferStatus;
import com.lark.oapi.service.hire.v1.model.InternOfferStatusOfferReq;
import com.lark.oapi.service.hire.v1.model.InternOfferStatusOfferResp;
import com.lark.oapi.service.hire.v1.model.ListOfferReq;
import com.lark.oapi.service.hire.v1.model.ListOfferResp;
import com.lark.oapi.service.hire.v1.model.OfferStatusOfferReq;
import com.lark.oapi.service.hire.v1.model.OfferStatusOfferReqBody;
import com.lark.oapi.service.hire.v1.model.OfferStatusOfferResp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official Feishu Java SDK (oapi-sdk 2.5.3), unchanged, against the simulator. */
class OfficialSdkTest {
  /** The SDK caches tokens in a JVM-wide cache keyed by app id: each test gets its own app. */
  private static final AtomicInteger APPS = new AtomicInteger();

  private final String appId = "cli_sdk_" + APPS.incrementAndGet();
  private Simulator simulator;
  private Client client;

  @BeforeEach
  void start() {
    simulator =
        Simulator.builder()
            .app(appId, "secret_a")
            .clock(MutableClock.at(Instant.parse("2026-11-26T10:00:00Z")))
            .limits(3, 1000)
            .seed(
                Offer.pendingOnboarding("pending"),
                Offer.onboarded("onboarded", LocalDate.of(2022, 1, 1)),
                Offer.of("approved", OfferState.of(4)).withTalentId("t-regular"),
                Offer.of("sent", OfferState.of(6)).withTalentId("t-regular"))
            .start();
    client = client(appId, "secret_a");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private Client client(String appId, String secret) {
    String base = simulator.baseUrl();
    return Client.newBuilder(appId, secret)
        .openBaseUrl(base.substring(0, base.length() - 1))
        .requestTimeout(10, TimeUnit.SECONDS)
        .build();
  }

  private static InternOfferStatusOfferReq confirm(String offerId, String date) {
    return request(
        offerId,
        InternOfferStatus.newBuilder()
            .operation("confirm_onboarding")
            .onboardingInfo(
                InternOfferOnboardingInfo.newBuilder().actualOnboardingDate(date).build())
            .build());
  }

  private static InternOfferStatusOfferReq offboard(String offerId, String date) {
    return request(
        offerId,
        InternOfferStatus.newBuilder()
            .operation("offboard")
            .offboardingInfo(
                InternOfferOffboardingInfo.newBuilder()
                    .actualOffboardingDate(date)
                    .notes("主动离职")
                    .build())
            .build());
  }

  private static InternOfferStatusOfferReq cancel(String offerId) {
    return request(offerId, InternOfferStatus.newBuilder().operation("cancel_onboarding").build());
  }

  private static InternOfferStatusOfferReq request(String offerId, InternOfferStatus body) {
    return InternOfferStatusOfferReq.newBuilder().offerId(offerId).internOfferStatus(body).build();
  }

  private InternOfferStatusOfferResp call(InternOfferStatusOfferReq request) throws Exception {
    return client.hire().v1().offer().internOfferStatus(request);
  }

  @Test
  void fetchesATokenAndConfirmsOnboarding() throws Exception {
    InternOfferStatusOfferResp response = call(confirm("pending", "2022-01-01"));

    assertThat(response.success()).isTrue();
    assertThat(response.getMsg()).isEqualTo("success");
    assertThat(response.getRequestId()).isNotBlank();
    assertThat(response.getData().getOfferId()).isEqualTo("pending");
    assertThat(response.getData().getOperation()).isEqualTo("confirm_onboarding");
    assertThat(response.getData().getOnboardingInfo().getActualOnboardingDate())
        .isEqualTo("2022-01-01");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.ONBOARDED);
  }

  @Test
  void cancelsOnboarding() throws Exception {
    InternOfferStatusOfferResp response = call(cancel("pending"));

    assertThat(response.success()).isTrue();
    assertThat(response.getData().getOperation()).isEqualTo("cancel_onboarding");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.ONBOARDING_CANCELLED);
  }

  @Test
  void offboards() throws Exception {
    InternOfferStatusOfferResp response = call(offboard("onboarded", "2022-03-02"));

    assertThat(response.success()).isTrue();
    assertThat(response.getData().getOffboardingInfo().getActualOffboardingDate())
        .isEqualTo("2022-03-02");
    assertThat(response.getData().getOffboardingInfo().getNotes()).isEqualTo("主动离职");
    assertThat(simulator.offerState("onboarded")).isEqualTo(OfferState.OFFBOARDED);
  }

  @Test
  void wrongStatesGet1002067And1002068() throws Exception {
    InternOfferStatusOfferResp confirmOnboarded = call(confirm("onboarded", "2022-01-01"));
    InternOfferStatusOfferResp offboardPending = call(offboard("pending", "2022-03-02"));

    assertThat(confirmOnboarded.getCode()).isEqualTo(1002067);
    assertThat(confirmOnboarded.getRawResponse().getStatusCode()).isEqualTo(500);
    assertThat(confirmOnboarded.getMsg()).startsWith("实习待入职状态错误: ");
    assertThat(offboardPending.getCode()).isEqualTo(1002068);
    assertThat(offboardPending.getRawResponse().getStatusCode()).isEqualTo(500);
    assertThat(offboardPending.getMsg()).startsWith("实习入职状态错误: ");
  }

  @Test
  void invalidBodiesGet1002002() throws Exception {
    InternOfferStatusOfferResp missingInfo =
        call(
            request(
                "pending", InternOfferStatus.newBuilder().operation("confirm_onboarding").build()));
    InternOfferStatusOfferResp notAfter = call(offboard("onboarded", "2021-12-31"));
    InternOfferStatusOfferResp unknownOffer = call(cancel("7016605170635213100"));

    assertThat(missingInfo.getCode()).isEqualTo(1002002);
    assertThat(missingInfo.getRawResponse().getStatusCode()).isEqualTo(400);
    assertThat(missingInfo.getMsg()).startsWith("参数错误: onboarding_info");
    assertThat(notAfter.getCode()).isEqualTo(1002002);
    assertThat(notAfter.getMsg()).startsWith("参数错误: offboarding_info.actual_offboarding_date: ");
    assertThat(unknownOffer.getCode()).isEqualTo(1002002);
    assertThat(unknownOffer.getMsg()).startsWith("参数错误: offer_id: ");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }

  @Test
  void rateLimitGets99991400WithItsHeaders() throws Exception {
    call(cancel("nobody"));
    call(cancel("nobody"));
    call(cancel("nobody"));

    InternOfferStatusOfferResp limited = call(cancel("nobody"));

    assertThat(limited.getCode()).isEqualTo(99991400);
    assertThat(limited.getRawResponse().getStatusCode()).isEqualTo(429);
    assertThat(limited.getMsg()).isEqualTo("request trigger frequency limit");
    assertThat(limited.getRawResponse().getHeaders())
        .containsEntry("x-ogw-ratelimit-limit", List.of("3"))
        .containsKey("x-ogw-ratelimit-reset");
  }

  @Test
  void staleCachedTokenGets99991663() throws Exception {
    assertThat(call(cancel("nobody")).getCode()).isEqualTo(1002002);
    simulator.invalidateTokens();

    InternOfferStatusOfferResp stale = call(cancel("nobody"));

    assertThat(stale.getCode()).isEqualTo(99991663);
    assertThat(stale.getRawResponse().getStatusCode()).isEqualTo(400);
    assertThat(stale.getMsg())
        .isEqualTo(
            "Invalid access token for authorization. Please make a request with token attached.");
  }

  /** A token cache, the SDK's own extension point, that always answers {@code token}. */
  private static ICache cacheAnswering(String token) {
    return new ICache() {
      @Override
      public String get(String key) {
        return token;
      }

      @Override
      public void set(String key, String value, int expire, TimeUnit timeUnit) {}
    };
  }

  private InternOfferStatusOfferResp callWithCachedToken(String token) throws Exception {
    String base = simulator.baseUrl();
    Client cached =
        Client.newBuilder(appId, "secret_a")
            .openBaseUrl(base.substring(0, base.length() - 1))
            .tokenCache(cacheAnswering(token))
            .build();
    return cached.hire().v1().offer().internOfferStatus(cancel("pending"));
  }

  @Test
  void unknownTokenGets99991663() throws Exception {
    InternOfferStatusOfferResp response = callWithCachedToken("t-unknown");

    assertThat(response.getCode()).isEqualTo(99991663);
    assertThat(response.getRawResponse().getStatusCode()).isEqualTo(400);
    assertThat(simulator.exchanges())
        .extracting(RecordedExchange::authorization)
        .containsExactly("Bearer t-unknown");
  }

  @Test
  void malformedTokenGets99991661() throws Exception {
    InternOfferStatusOfferResp response = callWithCachedToken("t-a b");

    assertThat(response.getCode()).isEqualTo(99991661);
    assertThat(response.getRawResponse().getStatusCode()).isEqualTo(400);
    assertThat(response.getMsg())
        .isEqualTo(
            "Missing access token for authorization. Please make a request with token attached.");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }

  @Test
  void appWithoutTheScopeGets99991672() throws Exception {
    try (Simulator scopeless = Simulator.builder().app(appId + "_noscope", "s", Set.of()).start()) {
      String url = scopeless.baseUrl();
      Client noScope =
          Client.newBuilder(appId + "_noscope", "s")
              .openBaseUrl(url.substring(0, url.length() - 1))
              .build();

      InternOfferStatusOfferResp response =
          noScope.hire().v1().offer().internOfferStatus(cancel("pending"));

      assertThat(response.getCode()).isEqualTo(99991672);
      assertThat(response.getRawResponse().getStatusCode()).isEqualTo(400);
      assertThat(response.getMsg())
          .isEqualTo("Access denied. One of the following scopes is required: [hire:offer].");
    }
  }

  @Test
  void wrongSecretFailsTheTokenFetch() {
    Client wrong = client(appId, "wrong");

    assertThatThrownBy(() -> wrong.hire().v1().offer().internOfferStatus(cancel("pending")))
        .hasMessageContaining("wrong app secret");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }

  @Test
  void getReadsTheOfferAndItsStatus() throws Exception {
    call(confirm("pending", "2022-01-01"));

    GetOfferResp response =
        client.hire().v1().offer().get(GetOfferReq.newBuilder().offerId("pending").build());

    assertThat(response.success()).as(response.getMsg()).isTrue();
    assertThat(response.getRequestId()).isNotBlank();
    assertThat(response.getData().getOffer().getId()).isEqualTo("pending");
    assertThat(response.getData().getOffer().getOfferStatus()).isEqualTo(12);
    assertThat(response.getData().getOffer().getOfferType()).isEqualTo(2);
  }

  @Test
  void getOfAnUnknownOfferGets1002002() throws Exception {
    GetOfferResp response =
        client.hire().v1().offer().get(GetOfferReq.newBuilder().offerId("nobody").build());

    assertThat(response.getCode()).isEqualTo(1002002);
    assertThat(response.getMsg()).contains("no offer with id \"nobody\" exists");
    assertThat(response.getRequestId()).isNotBlank();
  }

  @Test
  void listFollowsThePages() throws Exception {
    ListOfferResp first =
        client
            .hire()
            .v1()
            .offer()
            .list(ListOfferReq.newBuilder().talentId(Offer.DEFAULT_TALENT_ID).pageSize(1).build());

    assertThat(first.success()).as(first.getMsg()).isTrue();
    assertThat(first.getData().getHasMore()).isTrue();
    assertThat(first.getData().getItems()).hasSize(1);
    assertThat(first.getData().getItems()[0].getId()).isEqualTo("onboarded");
    assertThat(first.getData().getItems()[0].getOfferStatus()).isEqualTo(12);

    ListOfferResp second =
        client
            .hire()
            .v1()
            .offer()
            .list(
                ListOfferReq.newBuilder()
                    .talentId(Offer.DEFAULT_TALENT_ID)
                    .pageSize(1)
                    .pageToken(first.getData().getPageToken())
                    .build());

    assertThat(second.getData().getHasMore()).isFalse();
    assertThat(second.getData().getPageToken()).isNull();
    assertThat(second.getData().getItems()[0].getId()).isEqualTo("pending");
    assertThat(second.getData().getItems()[0].getOfferStatus()).isEqualTo(11);
  }

  @Test
  void listWithAPageSizeOverTheSpecsMaximumGets1002002() throws Exception {
    ListOfferResp response =
        client
            .hire()
            .v1()
            .offer()
            .list(
                ListOfferReq.newBuilder().talentId(Offer.DEFAULT_TALENT_ID).pageSize(201).build());

    assertThat(response.getCode()).isEqualTo(1002002);
    assertThat(response.getMsg())
        .endsWith(": page_size: must be at most 200, was 201 (rule maximum)");
  }

  private OfferStatusOfferResp offerStatus(String offerId, OfferStatusOfferReqBody body)
      throws Exception {
    return client
        .hire()
        .v1()
        .offer()
        .offerStatus(
            OfferStatusOfferReq.newBuilder()
                .offerId(offerId)
                .offerStatusOfferReqBody(body)
                .build());
  }

  @Test
  void offerStatusSendsAnApprovedOffer() throws Exception {
    OfferStatusOfferResp response =
        offerStatus(
            "approved",
            OfferStatusOfferReqBody.newBuilder()
                .offerStatus(6)
                .expirationDate("2024-01-31")
                .build());

    assertThat(response.success()).as(response.getMsg()).isTrue();
    assertThat(response.getMsg()).isEqualTo("success");
    assertThat(response.getRequestId()).isNotBlank();
    assertThat(simulator.offerState("approved")).isEqualTo(OfferState.of(6));
    assertThat(
            client
                .hire()
                .v1()
                .offer()
                .get(GetOfferReq.newBuilder().offerId("approved").build())
                .getData()
                .getOffer()
                .getOfferStatus())
        .isEqualTo(6);
  }

  @Test
  void offerStatusWithoutWhatThePageRequiresGets1002002() throws Exception {
    OfferStatusOfferResp response =
        offerStatus("sent", OfferStatusOfferReqBody.newBuilder().offerStatus(8).build());

    assertThat(response.getCode()).isEqualTo(1002002);
    assertThat(response.getRawResponse().getStatusCode()).isEqualTo(400);
    assertThat(response.getMsg())
        .isEqualTo(
            "参数错误: termination_reason_id_list: is required when offer_status is 8 (rule"
                + " termination-reason-id-list-required-for-candidate-rejected)");
    assertThat(simulator.offerState("sent")).isEqualTo(OfferState.of(6));
  }

  @Test
  void offerStatusOfAnUnknownOfferGets1002064() throws Exception {
    OfferStatusOfferResp response =
        offerStatus("nobody", OfferStatusOfferReqBody.newBuilder().offerStatus(2).build());

    assertThat(response.getCode()).isEqualTo(1002064);
    assertThat(response.getRawResponse().getStatusCode()).isEqualTo(400);
    assertThat(response.getMsg()).startsWith("Offer 不存在: offer_id: ");
  }

  @Test
  void offerStatusTheFlowDoesNotAllowGetsItsCode() throws Exception {
    OfferStatusOfferResp expire =
        offerStatus("approved", OfferStatusOfferReqBody.newBuilder().offerStatus(9).build());
    OfferStatusOfferResp acceptIntern =
        offerStatus("pending", OfferStatusOfferReqBody.newBuilder().offerStatus(7).build());

    assertThat(expire.getCode()).isEqualTo(1002072);
    assertThat(expire.getRawResponse().getStatusCode()).isEqualTo(400);
    assertThat(acceptIntern.getCode()).isEqualTo(1002071);
    assertThat(simulator.offerState("approved")).isEqualTo(OfferState.of(4));
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.PENDING_ONBOARDING);
  }
}
