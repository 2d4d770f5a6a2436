package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --domain feishu|lark: the presets themselves are tested in the client (ObservabilityTest). */
class DomainOptionIT {
  @TempDir Path dir;

  private Cli cli() {
    return SimulatorFixture.cli(dir);
  }

  @Test
  void anUnknownDomainIsAUsageError() {
    Cli.Result result = cli().run("cancel-onboarding", "7016605170635213100", "--domain", "mars");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("error: --domain: \"mars\" is not one of feishu, lark\n");
  }

  @Test
  void domainAndBaseUrlTogetherAreAUsageError() {
    Cli.Result result =
        cli()
            .run(
                "cancel-onboarding",
                "7016605170635213100",
                "--domain",
                "lark",
                "--base-url",
                "http://127.0.0.1:9/");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("error: --domain and --base-url both given: use one of them\n");
  }
}
