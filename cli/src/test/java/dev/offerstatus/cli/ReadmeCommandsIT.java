package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.testsupport.Readme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick-start CLI lines, run as written (on a copy of cli/examples). */
class ReadmeCommandsIT {
  private static final Path MODULE = Path.of("").toAbsolutePath();

  @TempDir Path root;

  /** Runs the commands of the README's snippet {@code name}, each to exit 0; their outputs. */
  private List<String> run(String name) throws IOException {
    Readme readme = Readme.of(MODULE.resolve("README.md"));
    String marker = "<!-- snippet: " + name + " (run by ReadmeCommandsIT) -->";
    assertThat(readme.text()).as("the snippet marker of " + name).contains(marker + "\n```bash\n");
    List<String> commands =
        readme.block(marker, "bash").lines().map(l -> l.replaceAll("\\s+#.*$", "")).toList();
    copyExamples();

    List<String> outputs = new ArrayList<>();
    for (String command : commands) {
      String[] words = command.split(" ");
      assertThat(words[0]).isEqualTo("./offer-status");
      Cli.Result result = Cli.in(root).run(java.util.Arrays.copyOfRange(words, 1, words.length));
      assertThat(result.exit()).as(command + "\n" + result.err()).isZero();
      outputs.add(result.out());
    }
    return outputs;
  }

  @Test
  void theQuickStartCommandsSucceedAsWritten() throws IOException {
    List<String> outputs = run("cli-quick-start");

    assertThat(outputs)
        .containsExactly(
            "valid: the request satisfies the contract of internOfferStatus\n",
            "5 rows: 5 ok, 0 rejected, 0 unknown, 0 not-sent, 0 pending. Results:"
                + " cli/examples/batch.csv.results.csv\n");
  }

  @Test
  void theCommandsForAnyOperationSucceedAsWritten() throws IOException {
    List<String> outputs = run("cli-any-operation");

    assertThat(outputs)
        .satisfiesExactly(
            out ->
                assertThat(out)
                    .isEqualTo("valid: the request satisfies the contract of updateOfferStatus\n"),
            out ->
                assertThat(out)
                    .isEqualTo(
                        "3 rows: 3 ok, 0 rejected, 0 unknown, 0 not-sent, 0 pending. Results:"
                            + " cli/examples/offer-status.csv.results.csv\n"),
            out ->
                assertThat(out)
                    .matches(
                        "ok: getOffer \\(log id [0-9A-F]{30}\\)\n"
                            + "\\{\"offer\":\\{\"id\":\"6930815272790114324\",.*\\}\\}\n"));
  }

  private void copyExamples() throws IOException {
    if (Files.isDirectory(root.resolve("cli/examples"))) {
      return;
    }
    Path target = Files.createDirectories(root.resolve("cli/examples"));
    try (Stream<Path> files = Files.list(MODULE.resolve("examples"))) {
      for (Path file :
          files.filter(f -> !f.getFileName().toString().contains(".results.")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }
}
