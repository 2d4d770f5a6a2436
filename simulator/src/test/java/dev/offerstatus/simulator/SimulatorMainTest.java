package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private final Map<String, String> environment = new HashMap<>();

  @TempDir Path dir;

  private int run(String... args) {
    return SimulatorMain.run(
        args,
        environment,
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
    assertThat(options.tokenTtl()).isNull(); // the spec's x-token-policy, 7200 s
  }

  @Test
  void startedSimulatorServesTheConfiguredApp() {
    SimulatorMain.Options options =
        SimulatorMain.parse(new String[] {"--port", "0", "--app", "cli_x:sx", "--per-second", "1"});
    // a clock that stands still, so both requests fall in the same one-second window
    MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T00:00:00.250Z"));
    try (Simulator simulator = options.builder(environment).clock(clock).start()) {
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
            + " endpoint is on, so it needs a key (providerStateKey, OFFER_STATUS_PROVIDER_STATE_KEY"
            + " or --provider-state-key-file). Bind 127.0.0.1 unless other hosts must reach it"
            + " (see docs/security.md)";
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("warning: " + expected + "\nerror: " + expected + "\n");
  }

  @Test
  void parsesTheHardeningOptions() {
    SimulatorMain.Options options =
        SimulatorMain.parse(
            new String[] {
              "--max-body-bytes",
              "2048",
              "--request-timeout",
              "3",
              "--max-concurrent-requests",
              "40",
              "--provider-state-key-file",
              "run.key"
            });
    assertThat(options.maxBodyBytes()).isEqualTo(2048);
    assertThat(options.requestTimeout()).isEqualTo(3);
    assertThat(options.maxConcurrentRequests()).isEqualTo(40);
    assertThat(options.providerStateKeyFile()).isEqualTo(Path.of("run.key"));
    assertThat(SimulatorMain.parse(new String[0]).providerStates()).isFalse();
  }

  @Test
  void aProviderStateKeyOnTheCommandLineIsRefusedSayingWhereItBelongs() {
    assertThat(run("--port", "0", "--provider-state-key", "k1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith(
            "error: --provider-state-key is not accepted: every user of the host sees a process's"
                + " arguments (ps); put the key in the environment variable"
                + " OFFER_STATUS_PROVIDER_STATE_KEY or in a file only you can read"
                + " (--provider-state-key-file FILE)\nUsage: ");
  }

  @Test
  void theProviderStateKeyComesFromTheEnvironment() {
    environment.put("OFFER_STATUS_PROVIDER_STATE_KEY", "env-key-1");

    try (Simulator simulator =
        SimulatorMain.parse(new String[] {"--port", "0"}).builder(environment).start()) {
      assertThat(stateChange(simulator, null)).isEqualTo(403);
      assertThat(stateChange(simulator, "env-key-1")).isEqualTo(200);
    }
  }

  @Test
  void theProviderStateKeyComesFromAFileOnlyItsOwnerCanRead() throws Exception {
    Path key = Files.writeString(dir.resolve("run.key"), "file-key-1\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    environment.put("OFFER_STATUS_PROVIDER_STATE_KEY", "env-key-1"); // the file wins

    try (Simulator simulator =
        SimulatorMain.parse(
                new String[] {"--port", "0", "--provider-state-key-file", key.toString()})
            .builder(environment)
            .start()) {
      assertThat(stateChange(simulator, "env-key-1")).isEqualTo(403);
      assertThat(stateChange(simulator, "file-key-1")).isEqualTo(200);
    }
  }

  @Test
  void aKeyFileOthersCanReadIsRefused() throws Exception {
    Path key = Files.writeString(dir.resolve("run.key"), "file-key-1\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(run("--port", "0", "--provider-state-key-file", key.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "error: The provider-state key file "
                + key
                + " can be read by other users (rw-r--r--): make it private (chmod 600 "
                + key
                + ")\n");
  }

  @Test
  void anEmptyOrMultiLineKeyIsRefusedWithoutEchoingIt() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.key"), "\n");
    Path twoLines = Files.writeString(dir.resolve("two.key"), "secret-1\nsecret-2\n");
    for (Path key : List.of(empty, twoLines)) {
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    }
    environment.put("OFFER_STATUS_PROVIDER_STATE_KEY", "has space");

    assertThatThrownBy(() -> Simulator.builder().providerStateKeyFile(empty))
        .hasMessage("The key in the provider-state key file " + empty + " is empty");
    assertThatThrownBy(() -> Simulator.builder().providerStateKeyFile(twoLines))
        .hasMessage(
            "The key in the provider-state key file "
                + twoLines
                + " must be 1 to 1024 visible ASCII characters (no spaces or line breaks), as the"
                + " X-Provider-State-Key header carries it");
    assertThatThrownBy(() -> Simulator.builder().providerStateKeyFrom(environment))
        .hasMessage(
            "The key in the environment variable OFFER_STATUS_PROVIDER_STATE_KEY must be 1 to 1024"
                + " visible ASCII characters (no spaces or line breaks), as the"
                + " X-Provider-State-Key header carries it");
  }

  private static int stateChange(Simulator simulator, String key) {
    return new Http(simulator.baseUrl())
        .post(
            Simulator.STATE_CHANGE_PATH,
            null,
            "{\"state\":\"s\",\"params\":{\"token\":\"t-mine\"}}",
            key == null ? Map.of() : Map.of("X-Provider-State-Key", key))
        .status();
  }
}
