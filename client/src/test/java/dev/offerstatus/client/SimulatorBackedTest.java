package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.OfferState;
import dev.offerstatus.simulator.RecordedExchange;
import dev.offerstatus.simulator.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against the provider simulator, in-process, on one fake clock shared by both. */
class SimulatorBackedTest {
  static final String APP = "cli_client_test";
  static final String SECRET = "client_test_secret";
  static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";

  @RegisterExtension final SimulatorFixture fixture = SimulatorFixture.at("2026-11-26T10:00:00Z");
  private Simulator simulator;

  private Simulator.Builder simulator() {
    return Simulator.builder()
        .app(APP, SECRET)
        .seed(
            Offer.pendingOnboarding("pending"),
            Offer.pendingOnboarding("pending-2"),
            Offer.onboarded("onboarded", LocalDate.of(2022, 1, 1)));
  }

  private OfferStatusClient client() {
    return client(APP, SECRET);
  }

  private OfferStatusClient client(String appId, String secret) {
    return fixture.client(appId, secret).build();
  }

  private long answered(String path, int code) {
    return simulator.exchanges().stream()
        .filter(e -> e.path().equals(path) || path == null)
        .filter(e -> e.code() == code)
        .count();
  }

  private List<String> paths() {
    return simulator.exchanges().stream().map(RecordedExchange::path).toList();
  }

  @Test
  void confirmsCancelsAndOffboards() {
    simulator = fixture.start(simulator());
    OfferStatusClient client = client();

    OfferStatusResult confirmed = client.confirmOnboarding("pending", LocalDate.of(2022, 1, 1));
    client.cancelOnboarding("pending-2");
    OfferStatusResult offboarded = client.offboard("onboarded", LocalDate.of(2022, 3, 2), "主动离职");

    assertThat(confirmed.data().getOfferId()).isEqualTo("pending");
    assertThat(confirmed.logId()).isNotBlank();
    assertThat(offboarded.data().getOffboardingInfo().getNotes()).isEqualTo("主动离职");
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.ONBOARDED);
    assertThat(simulator.offerState("pending-2")).isEqualTo(OfferState.ONBOARDING_CANCELLED);
    assertThat(simulator.offerState("onboarded")).isEqualTo(OfferState.OFFBOARDED);
    assertThat(paths()).filteredOn(TOKEN_PATH::equals).hasSize(1);
  }

  @Test
  void theTokenIsRefreshedBeforeTheSimulatorExpiresIt() {
    simulator = fixture.start(simulator().tokenTtl(Duration.ofHours(2)));
    OfferStatusClient client = client();
    client.cancelOnboarding("pending");

    fixture
        .clock()
        .advance(Duration.ofHours(2).minusMinutes(3)); // inside the 3-minute refresh margin
    client.confirmOnboarding("pending-2", LocalDate.of(2022, 1, 1));
    fixture.clock().advance(Duration.ofHours(3)); // long past the second token's expiry
    client.offboard("onboarded", LocalDate.of(2022, 3, 2), null);

    assertThat(paths()).filteredOn(TOKEN_PATH::equals).hasSize(3);
    assertThat(answered(null, 99991663)).isZero();
  }

  @Test
  void aTokenTheSimulatorInvalidatedIsReplacedAndTheCallReplayedOnce() {
    simulator = fixture.start(simulator());
    OfferStatusClient client = client();
    client.cancelOnboarding("pending");
    simulator.invalidateTokens();

    client.confirmOnboarding("pending-2", LocalDate.of(2022, 1, 1));

    assertThat(answered(null, 99991663)).isEqualTo(1);
    assertThat(paths()).filteredOn(TOKEN_PATH::equals).hasSize(2);
    assertThat(simulator.offerState("pending-2")).isEqualTo(OfferState.ONBOARDED);
  }

  @Test
  void theClientStaysUnderTheSimulatorsLimits() {
    simulator = fixture.start(simulator().limits(5, 20));
    for (int i = 0; i < 45; i++) {
      simulator.seed(Offer.pendingOnboarding("bulk-" + i));
    }
    OfferStatusClient client =
        fixture
            .client(APP, SECRET)
            .rateLimiter(
                op -> SlidingWindowRateLimiter.create(new RateLimit(5, 20), fixture.time()))
            .maxRateLimitRetries(0)
            .build();

    for (int i = 0; i < 45; i++) {
      client.cancelOnboarding("bulk-" + i);
    }

    assertThat(answered(null, 99991400)).isZero();
    assertThat(simulator.operationRequests()).isEqualTo(45);
  }

  @Test
  void aThrottledCallWaitsForTheResetAndRetries() {
    simulator = fixture.start(simulator());
    OfferStatusClient client = client();
    simulator.refuseNextRequest(APP);
    // 15 s into the simulator's minute window: its 429 says x-ogw-ratelimit-reset 45
    fixture.clock().advance(Duration.ofSeconds(15));
    Instant before = fixture.clock().instant();

    client.cancelOnboarding("pending");

    assertThat(answered(null, 99991400)).isEqualTo(1);
    assertThat(simulator.offerState("pending")).isEqualTo(OfferState.ONBOARDING_CANCELLED);
    assertThat(Duration.between(before, fixture.clock().instant()))
        .isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void stateErrorsAreTyped() {
    simulator = fixture.start(simulator());
    OfferStatusClient client = client();

    assertThatThrownBy(() -> client.confirmOnboarding("onboarded", LocalDate.of(2022, 1, 1)))
        .isInstanceOfSatisfying(
            PendingOnboardingStateException.class,
            e -> {
              assertThat(e.code()).isEqualTo(1002067);
              assertThat(e.httpStatus()).isEqualTo(500);
              assertThat(e.logId()).isPresent();
            });
    assertThatThrownBy(() -> client.offboard("pending", LocalDate.of(2022, 3, 2), null))
        .isInstanceOfSatisfying(
            OnboardedStateException.class,
            e -> {
              assertThat(e.code()).isEqualTo(1002068);
              assertThat(e.httpStatus()).isEqualTo(500);
              assertThat(e.logId()).isPresent();
            });
  }

  @Test
  void anUnknownOfferIsAParameterError() {
    simulator = fixture.start(simulator());

    assertThatThrownBy(() -> client().cancelOnboarding("no-such-offer"))
        .isInstanceOfSatisfying(
            ParameterErrorException.class,
            e -> {
              assertThat(e.code()).isEqualTo(1002002);
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.logId()).isPresent();
            });
  }

  @Test
  void anAppWithoutTheScopeGetsAMissingPermissionNamingIt() {
    simulator = fixture.start(simulator().app("cli_no_scope", "s", Set.of()));

    assertThatThrownBy(() -> client("cli_no_scope", "s").cancelOnboarding("pending"))
        .isInstanceOfSatisfying(
            MissingPermissionException.class,
            e -> {
              assertThat(e.code()).isEqualTo(99991672);
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.scopes()).containsExactly("hire:offer");
            });
  }

  @Test
  void aWrongSecretIsAnAuthenticationError() {
    simulator = fixture.start(simulator());

    assertThatThrownBy(() -> client(APP, "s3cr3t-typo").cancelOnboarding("pending"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageStartingWith(
            "tenant_access_token request for app "
                + APP
                + ": Feishu answered code 10015 \"wrong app secret\" (HTTP 400, log id ")
        .hasMessageEndingWith(
            "): the token request was refused (wrong app secret); check the app id and app"
                + " secret")
        .hasMessageNotContaining("s3cr3t-typo");
  }

  @Test
  void aForeignTokenIsAnAuthenticationErrorAfterOneReplay() {
    simulator = fixture.start(simulator());
    OfferStatusClient client =
        OfferStatusClient.builder()
            .baseUrl(simulator.baseUrl())
            .tenantAccessToken("t-not-issued-by-the-simulator")
            .timeSource(fixture.time())
            .build();

    assertThatThrownBy(() -> client.cancelOnboarding("pending"))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(99991663);
              assertThat(e.httpStatus()).isEqualTo(400);
            })
        .hasMessageNotContaining("t-not-issued");
  }
}
