package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "confirm-onboarding",
        "cancel-onboarding",
        "offboard",
        "validate",
        "batch",
        "simulator"
      })
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
