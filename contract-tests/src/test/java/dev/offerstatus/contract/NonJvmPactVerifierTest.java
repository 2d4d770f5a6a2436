package dev.offerstatus.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pacts of this build, verified by Pact's Rust verifier (not Pact JVM) against the simulator
 * started from its command line in a JVM of its own, states driven through its state endpoint. The
 * pinned CLI ({@code pact-cli/package-lock.json}) is installed from npm on first use.
 */
class NonJvmPactVerifierTest {
  private static final Pattern LISTENING =
      Pattern.compile("offer-status simulator listening on (http://127\\.0\\.0\\.1:(\\d+)/)");

  @Test
  void rustPactVerifierPassesEveryInteractionAgainstTheStandaloneSimulator() throws Exception {
    assumeFalse(Boolean.getBoolean("pact-cli.skip"), "-Dpact-cli.skip=true: no Pact CLI");
    Path cli = Path.of(System.getProperty("pact.cli", "pact-cli"));
    ChildProcess.run(
        "the Pact CLI install (" + cli.resolve("install.sh") + ")",
        new ProcessBuilder("bash", cli.resolve("install.sh").toString()),
        Duration.ofSeconds(300),
        Path.of("target/pact-cli-install.log"));
    Path verifier = cli.resolve("node_modules/.bin/pact-verifier");

    Process simulator =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("surefire.test.class.path"),
                "dev.offerstatus.simulator.SimulatorMain",
                "--port",
                "0",
                "--provider-states")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
      Matcher listening =
          CompletableFuture.supplyAsync(() -> awaitListening(lines)).get(60, TimeUnit.SECONDS);
      CompletableFuture.runAsync(() -> lines.lines().forEach(line -> {}));

      ProcessBuilder verify =
          new ProcessBuilder(
                  List.of(
                      verifier.toString(),
                      "--dir",
                      "target/pacts",
                      "--hostname",
                      "127.0.0.1",
                      "--port",
                      listening.group(2),
                      "--provider-name",
                      OfferStatusStates.PROVIDER,
                      "--state-change-url",
                      listening.group(1) + "_pact/provider-states",
                      "--state-change-teardown",
                      "--no-colour"))
              .redirectErrorStream(true);
      verify.environment().put("PACT_DO_NOT_TRACK", "true");
      String output =
          ChildProcess.run(
              "the Rust pact-verifier",
              verify,
              Duration.ofSeconds(120),
              Path.of("target/pact-verifier.log"));
      assertThat(output)
          .contains(
              "Verifying a pact between offer-status-kit-sdk and " + OfferStatusStates.PROVIDER)
          .doesNotContain("FAILED");
      assertThat(Pattern.compile("has a matching body \\(OK\\)").matcher(output).results().count())
          .as(output)
          .isEqualTo(PactSpecCheck.interactionCount(Path.of("target/pacts")));
    } finally {
      simulator.destroy();
      if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
        simulator.destroyForcibly();
      }
    }
  }

  private static Matcher awaitListening(BufferedReader lines) {
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          return matcher;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new IllegalStateException("the simulator exited before it was listening");
  }
}
