package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SimulatorMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SimulatorMain.USAGE + "\n");
    assertThat(SimulatorMain.USAGE)
        .contains("--port N", "--bind ADDRESS", "--seed FILE", "--per-second N", "--no-limits");
  }

  @Test
  void unknownOptionExitsTwoNamingIt() {
    assertThat(run("--prot", "1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: unknown option \"--prot\"\nUsage: ");
  }

  @Test
  void badNumberExitsTwoNamingTheOption() {
    assertThat(run("--per-second", "fast")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: --per-second expects a whole number >= 1, got \"fast\"\n");
  }

  @Test
  void missingSeedFileExitsOneNamingIt() {
    assertThat(run("--port", "0", "--seed", "/nonexistent/seed.json")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: Cannot read seed file /nonexistent/seed.json: ");
  }

  @Test
  void parsesEveryOption() {
    SimulatorMain.Options options =
        SimulatorMain.parse(
            new String[] {
              "--port",
              "9000",
              "--bind",
              "0.0.0.0",
              "--app",
              "cli_x:s:1",
              "--per-second",
              "5",
              "--per-minute",
              "7",
              "--window-offset-ms",
              "250",
              "--token-ttl",
              "60",
              "--no-limits"
            });

    assertThat(options.port()).isEqualTo(9000);
    assertThat(options.bind()).isEqualTo("0.0.0.0");
    assertThat(options.apps())
        .singleElement()
        .satisfies(a -> assertThat(a).containsExactly("cli_x", "s:1"));
    assertThat(options.perSecond()).isEqualTo(5);
    assertThat(options.perMinute()).isEqualTo(7);
    assertThat(options.noLimits()).isTrue();
    assertThat(options.windowOffset()).isEqualTo(Duration.ofMillis(250));
    assertThat(options.tokenTtl()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void defaultsBindToLoopbackOnPort8080() {
    SimulatorMain.Options options = SimulatorMain.parse(new String[0]);

    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.bind()).isEqualTo("127.0.0.1");
    assertThat(options.tokenTtl()).isEqualTo(Duration.ofSeconds(7200));
  }

  @Test
  void startedSimulatorServesTheConfiguredApp() {
    SimulatorMain.Options options =
        SimulatorMain.parse(new String[] {"--port", "0", "--app", "cli_x:sx", "--per-second", "1"});
    // a clock that stands still, so both requests fall in the same one-second window
    MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T00:00:00.250Z"));
    try (Simulator simulator = options.builder().clock(clock).start()) {
      Http http = new Http(simulator.baseUrl());
      String token = http.token("cli_x", "sx").body().path("tenant_access_token").asText();

      assertThat(http.offer(token, "o", "{\"operation\":\"cancel_onboarding\"}").code())
          .isEqualTo(1002002);
      assertThat(http.offer(token, "o", "{\"operation\":\"cancel_onboarding\"}").status())
          .isEqualTo(429);
    }
  }

  @Test
  void providerStatesOffLoopbackWithoutAKeyAreRefusedAfterAWarning() {
    assertThat(run("--port", "0", "--bind", "0.0.0.0", "--provider-states")).isEqualTo(1);
    String expected =
        "the simulator listens on 0.0.0.0, not a loopback address: anyone who can reach it can"
            + " fetch tokens with its app credentials and change its offers; the provider-state"
            + " endpoint is on, so it needs a key (providerStateKey / --provider-state-key). Bind"
            + " 127.0.0.1 unless other hosts must reach it (see docs/security.md)";
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("warning: " + expected + "\nerror: " + expected + "\n");
  }

  @Test
  void parsesTheHardeningOptions() {
    SimulatorMain.Options options =
        SimulatorMain.parse(
            new String[] {
              "--max-body-bytes", "2048", "--request-timeout", "3", "--provider-state-key", "k1"
            });
    assertThat(options.maxBodyBytes()).isEqualTo(2048);
    assertThat(options.requestTimeout()).isEqualTo(3);
    assertThat(options.providerStates()).isTrue();
    assertThat(options.providerStateKey()).isEqualTo("k1");
    assertThat(SimulatorMain.parse(new String[0]).providerStates()).isFalse();
  }
}
