package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static dev.offerstatus.sdk.model.Operation.CONFIRM_ONBOARDING;
import static dev.offerstatus.sdk.model.Operation.OFFBOARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.testsupport.MockWebServerExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing that breaks a rule leaves the process: the server fails on any request. */
class PreflightTest {
  private final List<String> wire = new ArrayList<>();
  @RegisterExtension final MockWebServerExtension mock = new MockWebServerExtension();
  private final MockWebServer server = mock.server();
  private OfferStatusClient client;

  @BeforeEach
  void start() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            wire.add(request.getMethod() + " " + request.getPath());
            return new MockResponse().setResponseCode(599);
          }
        });
    client =
        OfferStatusClient.builder()
            .baseUrl(server.url("/").toString())
            .appCredentials(MockFeishu.APP_ID, MockFeishu.APP_SECRET)
            .timeSource(new FakeTime())
            .build();
  }

  @AfterEach
  void nothingReachedTheWire() {
    assertThat(wire).as("requests that reached the wire").isEmpty();
  }

  @Test
  void everyViolationIsListedWithItsPathValueAndRule() {
    InternOfferStatusRequest request =
        new InternOfferStatusRequest()
            .operation(OFFBOARD)
            .onboardingInfo(
                new InternOfferOnboardingInfo().actualOnboardingDate(LocalDate.of(2022, 3, 2)))
            .offboardingInfo(
                new InternOfferOffboardingInfo().actualOffboardingDate(LocalDate.of(2022, 3, 2)));

    assertThatThrownBy(() -> client.update("a/b", request))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(v -> v.path() + " " + v.rule())
                  .containsExactly(
                      "offboarding_info.actual_offboarding_date"
                          + " offboarding-date-after-onboarding-date",
                      "offer_id path-segment");
              assertThat(e.httpStatus()).isZero();
              assertThat(e.logId()).isEmpty();
            })
        .hasMessage(
            "request not sent: 2 contract violations\n"
                + "  offboarding_info.actual_offboarding_date: must be later than"
                + " onboarding_info.actual_onboarding_date (\"2022-03-02\"), was \"2022-03-02\""
                + " (rule offboarding-date-after-onboarding-date)\n"
                + "  offer_id: must be one URL path segment (not blank, no \"/\", not \".\" or"
                + " \"..\", no control characters), was \"a/b\"");
  }

  @Test
  void confirmOnboardingWithoutADateIsRejected() {
    assertThatThrownBy(() -> client.confirmOnboarding(OFFER_ID, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path() + " " + v.rule())
                    .containsExactly("onboarding_info.actual_onboarding_date required"));
  }

  @Test
  void offboardWithoutADateIsRejected() {
    assertThatThrownBy(() -> client.offboard(OFFER_ID, null, "notes"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith(
            "request not sent: 1 contract violation\n"
                + "  offboarding_info.actual_offboarding_date: ");
  }

  @Test
  void anOperationWithoutItsInfoIsRejected() {
    assertThatThrownBy(
            () ->
                client.update(
                    OFFER_ID, new InternOfferStatusRequest().operation(CONFIRM_ONBOARDING)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path() + " " + v.rule())
                    .containsExactly(
                        "onboarding_info onboarding-info-required-for-confirm-onboarding"));
  }

  @Test
  void aMissingOperationIsRejected() {
    assertThatThrownBy(() -> client.update(OFFER_ID, new InternOfferStatusRequest()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path() + " " + v.rule())
                    .containsExactly("operation required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a/b", "/", ".", "..", "a\u0000b", "a\nb", "a\u007fb"})
  void anOfferIdThatIsNotOnePathSegmentIsRejected(String offerId) {
    assertThatThrownBy(() -> client.cancelOnboarding(offerId))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("offer_id"));
  }

  @Test
  void aNullOfferIdIsRejectedAsAViolation() {
    assertThatThrownBy(() -> client.cancelOnboarding(null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("offer_id"));
  }

  @Test
  void messagesFollowTheLocale() {
    OfferStatusClient chinese =
        OfferStatusClient.builder()
            .baseUrl(server.url("/").toString())
            .tenantAccessToken("t-fixed")
            .locale(Locale.SIMPLIFIED_CHINESE)
            .build();

    assertThatThrownBy(() -> chinese.cancelOnboarding(".."))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "request not sent: 1 contract violation\n"
                + "  offer_id: 必须是单个 URL 路径段（非空白、不含 \"/\"、不是 \".\" 或 \"..\"、不含控制字符），"
                + "实际为 \"..\"");
  }

  @Test
  void aNullRequestIsNamed() {
    assertThatThrownBy(() -> client.update(OFFER_ID, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request == null");
  }
}
