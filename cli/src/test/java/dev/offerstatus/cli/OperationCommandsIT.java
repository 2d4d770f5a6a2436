package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.OfferState;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** confirm-onboarding, cancel-onboarding and offboard against a simulator in this JVM. */
class OperationCommandsIT {
  private static final String PENDING = "7016605170635213100";
  private static final String ONBOARDED = "6949805467799537964";

  @TempDir Path dir;

  @RegisterExtension
  final SimulatorFixture simulator =
      SimulatorFixture.seeded(
          Offer.pendingOnboarding(PENDING), Offer.onboarded(ONBOARDED, LocalDate.of(2022, 1, 1)));

  private Cli cli() {
    return SimulatorFixture.cli(dir);
  }

  @Test
  void confirmOnboardingPrintsTheResultAndTheLogId() {
    Cli.Result result =
        cli()
            .run(
                "confirm-onboarding",
                PENDING,
                "--onboarding-date",
                "2022-01-01",
                "--base-url",
                simulator.get().baseUrl());

    assertThat(result.exit()).isZero();
    assertThat(result.outLines()).hasSize(2);
    assertThat(result.outLines().get(0))
        .matches("ok: confirm_onboarding for offer " + PENDING + " \\(log id [0-9A-F]{30}\\)");
    assertThat(result.outLines().get(1))
        .isEqualTo(
            "{\"offer_id\":\""
                + PENDING
                + "\",\"operation\":\"confirm_onboarding\","
                + "\"onboarding_info\":{\"actual_onboarding_date\":\"2022-01-01\"}}");
    assertThat(simulator.get().offerState(PENDING)).isEqualTo(OfferState.ONBOARDED);
  }

  @Test
  void aWrongStateIsRejectedByFeishuWithExitOne() {
    Cli.Result result =
        cli()
            .run("cancel-onboarding", ONBOARDED, "--base-url", simulator.get().baseUrl(), "--json");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .matches(
            "\\{\"outcome\":\"rejected\",\"offer_id\":\""
                + ONBOARDED
                + "\",\"operation\":"
                + "\"cancel_onboarding\",\"code\":1002067,\"log_id\":\"[0-9A-F]{30}\","
                + "\"message\":\"POST /open-apis/hire/v1/offers/"
                + ONBOARDED
                + "/intern_offer_status: Feishu answered code 1002067 .*\"}\n");
    assertThat(simulator.get().offerState(ONBOARDED)).isEqualTo(OfferState.ONBOARDED);
  }

  @Test
  void anInvalidRequestIsRejectedBeforeAnythingIsSent() {
    Cli.Result result =
        cli()
            .run(
                "offboard",
                ONBOARDED,
                "--offboarding-date",
                "2022/03/02",
                "--base-url",
                simulator.get().baseUrl());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("invalid request, not sent (1 violation(s)):\n");
    assertThat(result.out())
        .isEqualTo(
            "offboarding_info.actual_offboarding_date: must be a real calendar date written"
                + " YYYY-MM-DD, was \"2022/03/02\"\n");
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void offboardWithNotesRunsAgainstAnInProcessSimulatorWithoutCredentials() {
    Cli.Result result =
        Cli.in(dir)
            .run(
                "offboard",
                "42",
                "--offboarding-date",
                "2022-03-02",
                "--notes",
                "主动离职, 已交接",
                "--simulator",
                "--json");

    // The simulator's offer starts in the state offboard's transition starts from (12); it
    // keeps no onboarding date, since no confirm_onboarding of this run gave it one.
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .matches(
            "\\{\"outcome\":\"ok\",\"offer_id\":\"42\",\"operation\":\"offboard\",\"code\":0,"
                + "\"log_id\":\"[0-9A-F]{30}\",\"data\":\\{\"offer_id\":\"42\",\"operation\":"
                + "\"offboard\",\"offboarding_info\":\\{\"actual_offboarding_date\":\"2022-03-02\","
                + "\"notes\":\"主动离职, 已交接\"}}}\n");
    assertThat(result.err())
        .matches("using an in-process provider simulator at http://127\\.0\\.0\\.1:\\d+/\n");
  }

  @Test
  void missingCredentialsAreAUsageError() {
    Cli.Result result =
        Cli.in(dir).run("cancel-onboarding", PENDING, "--base-url", simulator.get().baseUrl());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "error: no credentials: set FEISHU_APP_ID and FEISHU_APP_SECRET, or"
                + " FEISHU_TENANT_ACCESS_TOKEN, or app_id and app_secret in"
                + " ~/.config/offer-status/config.properties (--config FILE); or try --simulator\n");
    assertThat(simulator.get().operationRequests()).isZero();
  }

  @Test
  void credentialsFromAConfigFileWork() {
    Path config =
        Cli.write(dir.resolve("feishu.properties"), "app_id=cli_test\napp_secret=test_secret\n");

    Cli.Result result =
        Cli.in(dir)
            .run(
                "cancel-onboarding",
                PENDING,
                "--config",
                config.toString(),
                "--base-url",
                simulator.get().baseUrl());

    assertThat(result.exit()).isZero();
    assertThat(simulator.get().offerState(PENDING)).isEqualTo(OfferState.ONBOARDING_CANCELLED);
  }

  @Test
  void aServerThatIsNotThereIsATransportFailureWithExitThree() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Cli.Result result =
        Cli.in(dir)
            .env("FEISHU_TENANT_ACCESS_TOKEN", "t-test")
            .run("cancel-onboarding", PENDING, "--base-url", "http://127.0.0.1:" + port + "/");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .matches(
            "not-sent: POST /open-apis/hire/v1/offers/"
                + PENDING
                + "/intern_offer_status was"
                + " not sent: .* \\(gave up after 3 attempts; sending it again is safe\\)\n");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli.Result result = Cli.in(dir).run("offboard", PENDING, "--app-secret", "s3cret");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.errLines().get(0)).isEqualTo("Unknown options: '--app-secret', 's3cret'");
  }
}
