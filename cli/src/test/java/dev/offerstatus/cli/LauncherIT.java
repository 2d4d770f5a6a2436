package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code ./offer-status} launcher as users run it: short commands start with C1 only, the
 * long-running {@code batch} and {@code simulator} keep the full JIT (docs/build.md, CLI start-up).
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("..", "offer-status").toAbsolutePath().normalize();
  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'--version', true",
    "'validate --help', true",
    "'show --help', true",
    "'batch --help', false",
    "'simulator --help', false",
  })
  void shortCommandsStartWithC1OnlyAndLongOnesKeepTheFullJit(String args, boolean c1Only)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    command.addAll(List.of(args.split(" ")));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("OFFER_STATUS_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(output).isZero();
    String flags = output.lines().filter(l -> l.contains("-XX:")).findFirst().orElse("");
    if (c1Only) {
      assertThat(flags).as(output).contains(C1_ONLY);
    } else {
      assertThat(flags).as(output).isNotEmpty().doesNotContain(C1_ONLY);
    }
  }
}
