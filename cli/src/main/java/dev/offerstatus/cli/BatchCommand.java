package dev.offerstatus.cli;

import java.io.IOException;
import java.nio.file.Files;
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
 * options and wires the parts: {@link BatchValidation} checks the file, {@link BatchRun} sends it,
 * a {@link BatchPresenter} shows the outcome.
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
  @SuppressWarnings("try") // the claim is held, not used, for the whole run
  public Integer call() {
    Console console = Console.of(spec, output);
    Messages t = console.messages;
    if (parallel < 1 || parallel > 16) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.parallel", parallel));
    }
    try (BatchPresenter presenter = BatchPresenter.of(console);
        InputSpool spool = dryRun ? null : InputSpool.create(t)) {
      Contract contract = Contract.shipped();
      OperationChoice choice = OperationChoice.of(contract.model(), operationId, t);
      BatchValidation checked =
          BatchValidation.check(
              file,
              format,
              t,
              contract,
              choice,
              connection.simulator,
              spool == null ? null : spool.copy());
      BatchFile.Summary read = checked.summary();
      if (!checked.valid()) {
        presenter.badRows(checked.listed(), checked.badRows(), read.rows() + read.problems(), file);
        return checked.structural() ? ExitCodes.USAGE : ExitCodes.REJECTED;
      }
      Path resultsPath = results != null ? results : sibling(file, ".results.csv");
      Path journalPath =
          journal != null ? journal : connection.simulator ? null : sibling(file, ".journal");
      if (dryRun) {
        boolean journalExists = journalPath != null && Files.exists(journalPath);
        presenter.dryRun(read.rows(), checked.offers(), journalExists ? journalPath : null);
        return ExitCodes.OK;
      }
      Path resultsDir = resultsPath.toAbsolutePath().getParent();
      if (resultsDir == null || !Files.isDirectory(resultsDir) || !Files.isWritable(resultsDir)) {
        throw new CliException(
            ExitCodes.USAGE, t.get("batch.resultsIo", resultsPath, t.get("reason.noDirectory")));
      }
      SendingMarks marks = new SendingMarks();
      try (OfferClaim claim =
              journalPath == null
                  ? null
                  : claim(checked, journalPath, spool, read.format(), choice, t);
          Backend backend =
              Backend.open(
                  connection,
                  console,
                  contract,
                  checked.operations(),
                  checked.firstPerOffer().stream().map(Backend::seedFor).toList(),
                  marks);
          Journal log =
              journalPath == null
                  ? Journal.inMemory()
                  : Journal.open(journalPath, read.sha256(), file, operationId, t);
          BatchResults out = BatchResults.open(resultsPath, t, presenter)) {
        BatchRun run =
            new BatchRun(
                console, backend.client(), marks, log, out, presenter, parallel, read.rows());
        return run.execute(
            sink -> {
              try (var in = spool.reopen()) {
                BatchFile.stream(in, file.toString(), read.format(), t, choice, sink);
              }
            });
      }
    }
  }

  /**
   * Claims the run's offers (the counter's table, sorted in place, is garbage once claimed); with a
   * journal only, as a run that can be resumed.
   */
  private OfferClaim claim(
      BatchValidation checked,
      Path journalPath,
      InputSpool spool,
      BatchFile.Format format,
      OperationChoice choice,
      Messages t) {
    return OfferClaim.acquire(
        checked.claimedOffers(),
        checked.offers(),
        journalPath,
        hash -> firstRowOf(hash, spool, format, choice, t),
        t);
  }

  /** Names the offer of the first row whose offer id has {@code hash}: its id and line. */
  private String firstRowOf(
      long hash, InputSpool spool, BatchFile.Format format, OperationChoice choice, Messages t) {
    String[] found = new String[2];
    try (var in = spool.reopen()) {
      BatchFile.stream(
          in,
          file.toString(),
          format,
          t,
          choice,
          new BatchFile.Sink() {
            @Override
            public void row(BatchFile.Row row) {
              String id = row.request().offerId();
              if (found[0] == null && OfferCounter.hash(id) == hash) {
                found[0] = id;
                found[1] = String.valueOf(row.line());
              }
            }

            @Override
            public void problem(BatchFile.Problem problem) {}
          });
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.internal", InputFiles.reason(e, t)), e);
    }
    return t.get("claim.offer", found[0], found[1], file);
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }
}
