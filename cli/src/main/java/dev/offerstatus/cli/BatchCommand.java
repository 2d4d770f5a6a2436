package dev.offerstatus.cli;

import dev.offerstatus.cli.batch.Batch;
import dev.offerstatus.cli.batch.BatchFile;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.OutputOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Sends every row of a CSV or JSON Lines file, resumably; see cli/README.md. The command holds the
 * options and opens the client; the batch engine ({@link Batch}) checks the file, sends it and
 * shows the outcome.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Validates every row of FILE first (nothing is sent while any row is bad), then sends them at"
          + " the rate limit, the rows of one offer in file order.",
      "Columns (CSV header) or keys (JSON Lines): the operation's parameters and body fields by"
          + " name or dotted path (offer_id, operation, onboarding_date, offer_status, ...), and"
          + " optionally operation_id.",
      "A journal (FILE.journal) records each row before and after its request: after Ctrl-C,"
          + " kill -9 or a crash, the same command resumes without sending a completed row again."
    },
    footer = {
      "",
      "Exit status: 0 all rows applied, 1 a row rejected (by validation or by Feishu),"
          + " 2 usage or unusable input, 3 transport failure or unknown outcome.",
      "",
      "Examples:",
      "  ./offer-status batch cli/examples/batch.csv --simulator",
      "  ./offer-status batch offers.jsonl --dry-run",
      "  FEISHU_APP_ID=cli_xxx FEISHU_APP_SECRET=... ./offer-status batch offers.csv \\",
      "      --rate 20"
    })
final class BatchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "CSV (with header) or JSON Lines.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "auto|csv|jsonl",
      defaultValue = "auto",
      description = "Input format (default: by extension, else by content).")
  BatchFile.Format format;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description = "The journal (default: FILE.journal; with --simulator: none).")
  Path journal;

  @Option(
      names = "--results",
      paramLabel = "FILE",
      description =
          "The results CSV: row, offer_id, operation, outcome, code, log_id, message"
              + " (default: FILE.results.csv).")
  Path results;

  @Option(
      names = "--operation-id",
      paramLabel = "ID",
      description =
          "The operation of every row (an operationId of the spec with a request body). Default:"
              + " the row's operation_id column, else the one operation whose fields the columns"
              + " name.")
  String operationId;

  @Option(names = "--dry-run", description = "Validate and show what would be sent; send nothing.")
  boolean dryRun;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Offers sent concurrently, 1..16 (default: ${DEFAULT-VALUE}); one offer's rows"
              + " always go one after another, in file order.")
  int parallel;

  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Console console = Console.of(spec, output);
    return Batch.run(
        new Batch.Settings(
            file, format, journal, results, operationId, dryRun, parallel, connection.simulator),
        console,
        (contract, sends, firstPerOffer, listener) ->
            Backend.open(
                connection,
                console,
                contract,
                sends,
                firstPerOffer.stream().map(Backend::seedFor).toList(),
                listener));
  }
}
