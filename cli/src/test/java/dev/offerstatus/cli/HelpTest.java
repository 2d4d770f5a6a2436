package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command the jar has (help excepted) prints its usage with an example, in 80 columns. */
class HelpTest {
  @ParameterizedTest
  @MethodSource("dev.offerstatus.cli.ReadmeCommandTableTest#commands")
  void everyCommandHasHelpWithAnExample(String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int status =
        OfferStatusCli.run(
            new String[] {command, "--help"}, new PrintWriter(out), new PrintWriter(err));

    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .startsWith("Usage: offer-status " + command + " ")
        .containsPattern("\nExamples?:\n  (\\S+=\\S+ )*\\./offer-status " + command + " ");
    assertThat(out.toString().lines())
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
  }
}
