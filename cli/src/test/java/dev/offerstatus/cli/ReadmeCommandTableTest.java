package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The README's command table names every command the jar has, and only those. */
class ReadmeCommandTableTest {
  private static final Path README = Path.of("README.md").toAbsolutePath();

  static Stream<String> commands() {
    return new CommandLine(new OfferStatusCli())
        .getSubcommands().keySet().stream().filter(name -> !name.equals("help"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasARowInTheReadmesCommandTable(String command) throws IOException {
    assertThat(tableCommands()).as("the commands of README.md's table").contains(command);
  }

  @Test
  void everyRowOfTheReadmesCommandTableIsACommand() throws IOException {
    assertThat(commands().toList()).containsAll(tableCommands());
  }

  /** The first word of each row of the table under "| command | what it does |". */
  private static List<String> tableCommands() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int header = lines.indexOf("| command | what it does |");
    assertThat(header).as("the command table's header in " + README).isPositive();
    List<String> rows =
        lines.stream().skip(header + 2L).takeWhile(line -> line.startsWith("| `")).toList();
    assertThat(rows).isNotEmpty();
    return rows.stream().map(row -> row.substring(3).split("[ `]", 2)[0]).toList();
  }
}
