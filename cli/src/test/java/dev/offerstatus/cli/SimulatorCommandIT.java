package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulator}: a standalone provider on a port, seeded from a file. */
class SimulatorCommandIT {
  @TempDir Path dir;

  @Test
  void theSimulatorServesTheOtherCommandsUntilStopped() throws Exception {
    Path seed =
        Cli.write(
            dir.resolve("seed.json"),
            "{\"offers\": [{\"offer_id\": \"7016605170635213100\", \"state\": 12,"
                + " \"onboarding_date\": \"2022-01-01\"}]}");
    Process simulator = Cli.in(dir).start("simulator", "--port", "0", "--seed", seed.toString());
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
      String listening = out.readLine();
      assertThat(listening)
          .matches("offer-status simulator listening on http://127\\.0\\.0\\.1:\\d+/");
      assertThat(out.readLine())
          .isEqualTo("app: FEISHU_APP_ID=cli_simulator FEISHU_APP_SECRET=simulator_secret");
      String baseUrl = listening.substring(listening.lastIndexOf(' ') + 1);

      Cli.Result offboard =
          Cli.in(dir)
              .env("FEISHU_APP_ID", "cli_simulator")
              .env("FEISHU_APP_SECRET", "simulator_secret")
              .run(
                  "offboard",
                  "7016605170635213100",
                  "--offboarding-date",
                  "2022-01-01",
                  "--base-url",
                  baseUrl,
                  "--lang",
                  "zh");

      assertThat(offboard.exit()).isEqualTo(1);
      assertThat(offboard.err())
          .startsWith(
              "rejected（被拒绝）: POST /open-apis/hire/v1/offers/7016605170635213100/intern_offer_status:"
                  + " Feishu answered code 1002002 \"参数错误: offboarding_info.actual_offboarding_date:");
    } finally {
      simulator.destroy();
      assertThat(simulator.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aBadSeedFileIsUnusableInput() {
    Path seed =
        Cli.write(
            dir.resolve("seed.json"),
            "{\"offers\": [{\"offer_id\": \"1\", \"state\": \"hired\"}]}");

    Cli.Result result = Cli.in(dir).run("simulator", "--port", "0", "--seed", seed.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "error: Seed file "
                + seed
                + ": /offers/0: unknown offer state \"hired\"; expected an offer_status number"
                + " or one of not_applied (1), approving (2), approval_withdrawn (3), approved"
                + " (4), approval_rejected (5), offer_sent (6), candidate_accepted (7),"
                + " candidate_rejected (8), offer_expired (9), not_approved (10),"
                + " intern_pending_onboarding (11), intern_onboarded (12), intern_offboarded"
                + " (13)\n");
  }

  @Test
  void theAppAndProviderStatesCanBeSetAndANonLoopbackBindIsWarnedAbout() throws Exception {
    Process simulator =
        Cli.in(dir)
            .env("OFFER_STATUS_PROVIDER_STATE_KEY", "run-key")
            .start(
                "simulator", "--port", "0", "--bind", "0.0.0.0", "--app", "cli_team:team_secret");
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
      BufferedReader err =
          new BufferedReader(
              new InputStreamReader(simulator.getErrorStream(), StandardCharsets.UTF_8));
      assertThat(err.readLine())
          .startsWith(
              "warning: the simulator listens on 0.0.0.0, not a loopback address: anyone who can"
                  + " reach it can fetch tokens with its app credentials");
      assertThat(out.readLine()).matches("offer-status simulator listening on http://.+:\\d+/");
      assertThat(out.readLine())
          .isEqualTo("app: FEISHU_APP_ID=cli_team FEISHU_APP_SECRET=team_secret");
      assertThat(out.readLine())
          .matches("Provider-state change URL: http://.+/_pact/provider-states");
    } finally {
      simulator.destroy();
      assertThat(simulator.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aProviderStateKeyAsAnArgumentIsAUsageError() {
    Cli.Result result =
        Cli.in(dir).run("simulator", "--port", "0", "--provider-state-key", "run-key");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "error: --provider-state-key is not accepted: every user of the host sees a process's"
                + " arguments (ps); put the key in the environment variable"
                + " OFFER_STATUS_PROVIDER_STATE_KEY or in a file only you can read"
                + " (--provider-state-key-file FILE)\n");
  }

  @Test
  void aMalformedAppIsAUsageError() {
    Cli.Result result = Cli.in(dir).run("simulator", "--port", "0", "--app", "cli_team");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("error: --app expects ID:SECRET, got \"cli_team\"\n");
  }
}
