package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.Contract;
import dev.offerstatus.cli.request.OperationChoice;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.client.OfferStatusListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The batch engine's one entry point: checks every row of a file ({@link BatchValidation}), then,
 * unless it is a dry run, claims the file's offers ({@link OfferClaim}) and sends the rows through
 * the journal ({@link BatchRun}, {@link BatchJournal}), a {@link BatchPresenter} showing the
 * outcome. The command that calls it holds the options and opens the client; the rules that make a
 * run safe to kill are in this package's documentation.
 */
public final class Batch {
  /**
   * What one run is asked to do.
   *
   * @param journal the journal, or {@code null} for {@code FILE.journal} (none with {@code
   *     simulator})
   * @param results the results CSV, or {@code null} for {@code FILE.results.csv}
   * @param operationId the operation of every row, or {@code null} to take it from each row
   * @param parallel offers sent concurrently, 1..16
   * @param simulator whether the rows go to an in-process simulator
   */
  public record Settings(
      Path file,
      BatchFile.Format format,
      Path journal,
      Path results,
      String operationId,
      boolean dryRun,
      int parallel,
      boolean simulator) {
    public Settings {
      Objects.requireNonNull(file, "file == null");
      Objects.requireNonNull(format, "format == null");
    }
  }

  /** A client the rows are sent with, closed when the run ends. */
  public interface Connection extends AutoCloseable {
    OfferStatusClient client();

    @Override
    void close();
  }

  /** Opens the {@link Connection} a checked file's rows are sent with. */
  @FunctionalInterface
  public interface Connector {
    /**
     * Opens the connection once the file is checked and its offers are claimed.
     *
     * @param contract the contract the rows were checked against
     * @param sends the operations the rows send
     * @param firstPerOffer each offer's first row (to seed a simulator)
     * @param listener told as each request leaves: the journal's {@code sending} mark
     */
    Connection open(
        Contract contract,
        Set<String> sends,
        Collection<RowRequest> firstPerOffer,
        OfferStatusListener listener);
  }

  private final Settings settings;

  private Batch(Settings settings) {
    this.settings = settings;
  }

  /** Runs {@code settings} on {@code console}; the exit code. */
  public static int run(Settings settings, Console console, Connector connector) {
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(console, "console == null");
    Objects.requireNonNull(connector, "connector == null");
    return new Batch(settings).execute(console, connector);
  }

  @SuppressWarnings("try") // the claim is held, not used, for the whole run
  private int execute(Console console, Connector connector) {
    Path file = settings.file();
    CliMessages t = console.messages;
    if (settings.parallel() < 1 || settings.parallel() > 16) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.parallel", settings.parallel()));
    }
    try (BatchPresenter presenter = BatchPresenter.of(console);
        InputSpool spool = settings.dryRun() ? null : InputSpool.create(t)) {
      Contract contract = Contract.shipped();
      OperationChoice choice = OperationChoice.of(contract.model(), settings.operationId(), t);
      BatchValidation checked =
          BatchValidation.check(
              file,
              settings.format(),
              t,
              contract,
              choice,
              settings.simulator(),
              spool == null ? null : spool.copy());
      BatchFile.Summary read = checked.summary();
      if (!checked.valid()) {
        presenter.badRows(checked.listed(), checked.badRows(), read.rows() + read.problems(), file);
        return checked.structural() ? ExitCodes.USAGE : ExitCodes.REJECTED;
      }
      Path resultsPath =
          settings.results() != null ? settings.results() : sibling(file, ".results.csv");
      Path journalPath =
          settings.journal() != null
              ? settings.journal()
              : settings.simulator() ? null : sibling(file, ".journal");
      if (settings.dryRun()) {
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
          Connection connection =
              connector.open(contract, checked.operations(), checked.firstPerOffer(), marks);
          BatchJournal log =
              journalPath == null
                  ? BatchJournal.inMemory()
                  : BatchJournal.open(journalPath, read.sha256(), file, settings.operationId(), t);
          BatchResults out = BatchResults.open(resultsPath, t, presenter)) {
        BatchRun run =
            new BatchRun(
                console,
                connection.client(),
                marks,
                log,
                out,
                presenter,
                settings.parallel(),
                read.rows());
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
      CliMessages t) {
    return OfferClaim.acquire(
        checked.claimedOffers(),
        checked.offers(),
        journalPath,
        hash -> firstRowOf(hash, spool, format, choice, t),
        t);
  }

  /** Names the offer of the first row whose offer id has {@code hash}: its id and line. */
  private String firstRowOf(
      long hash, InputSpool spool, BatchFile.Format format, OperationChoice choice, CliMessages t) {
    String[] found = new String[2];
    try (var in = spool.reopen()) {
      BatchFile.stream(
          in,
          settings.file().toString(),
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
      throw new CliException(
          ExitCodes.USAGE, t.get("batch.internal", CliInputFiles.reason(e, t)), e);
    }
    return t.get("claim.offer", found[0], found[1], settings.file());
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }
}
