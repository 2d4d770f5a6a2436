package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.Outcome;
import dev.offerstatus.cli.request.Outcome.Kind;
import dev.offerstatus.cli.request.RowRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results CSV, written while the batch runs, in file order: the lanes finish rows slightly out
 * of order, so a row's outcome waits here until every row before it is settled. The wait is
 * bounded: the batch hands rows to the lanes through bounded queues, and {@link #settle} with
 * {@code mayWait} holds the reader back while {@link #MAX_WAITING} outcomes wait. The file is
 * written aside and moved into place when the run ends, so a failed run leaves no half file.
 */
final class BatchResults implements AutoCloseable {
  /** The most outcomes that wait for an earlier row before the reader is held back. */
  static final int MAX_WAITING = 4096;

  private static final String HEADER =
      "row,operation_id,offer_id,change,outcome,code,log_id,message\n";

  private final Path path;
  private final Path temp;
  private final CliMessages t;
  private final BatchPresenter presenter;
  private final BufferedWriter out;
  private final TreeMap<Integer, Settled> waiting = new TreeMap<>();
  private final Map<Kind, Integer> counts = BatchReport.zeroCounts();
  private IOException writeFailure;
  private int next;
  private boolean moved;

  private record Settled(BatchFile.Row row, Outcome outcome) {}

  private BatchResults(Path path, CliMessages t, BatchPresenter presenter) throws IOException {
    this.path = path;
    this.temp = path.resolveSibling(path.getFileName() + ".tmp");
    this.t = t;
    this.presenter = presenter;
    // Created new, never through a link: a link planted at this name (beside an input in a shared
    // directory) is removed, not written through; the final move replaces a link, not its target.
    Files.deleteIfExists(temp);
    this.out =
        Files.newBufferedWriter(
            temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    out.write(HEADER);
  }

  /** Starts the results file at {@code path} (written aside until {@link #finish}). */
  static BatchResults open(Path path, CliMessages t, BatchPresenter presenter) {
    try {
      return new BatchResults(path, t, presenter);
    } catch (IOException e) {
      throw failure(path, e, t);
    }
  }

  Path path() {
    return path;
  }

  /**
   * Row {@code row} has its {@code outcome}; written as soon as every row before it is. With {@code
   * mayWait} (the reader, never a lane) the call waits while too many outcomes wait.
   */
  synchronized void settle(BatchFile.Row row, Outcome outcome, boolean mayWait)
      throws InterruptedException {
    while (mayWait && waiting.size() >= MAX_WAITING && row.index() != next) {
      wait();
    }
    waiting.put(row.index(), new Settled(row, outcome));
    boolean wrote = false;
    while (!waiting.isEmpty() && waiting.firstKey() == next) {
      write(waiting.pollFirstEntry().getValue());
      next++;
      wrote = true;
    }
    if (wrote) {
      notifyAll();
    }
  }

  private void write(Settled s) {
    Outcome o = s.outcome();
    RowRequest r = s.row().request();
    counts.merge(o.kind(), 1, Integer::sum);
    presenter.rowSettled(s.row().line(), o);
    StringBuilder line = new StringBuilder();
    // row and code are numbers the CLI wrote; every other cell may come from the input
    line.append(CsvCells.number(String.valueOf(s.row().line()))).append(',');
    line.append(CsvCells.text(r.operation().operationId())).append(',');
    line.append(CsvCells.text(r.offerId())).append(',');
    line.append(CsvCells.text(r.change())).append(',');
    line.append(CsvCells.text(o.kind().word())).append(',');
    line.append(CsvCells.number(o.code() == null ? "" : String.valueOf(o.code()))).append(',');
    line.append(CsvCells.text(o.logId() == null ? "" : o.logId())).append(',');
    line.append(CsvCells.text(o.message() == null ? "" : o.message())).append('\n');
    if (writeFailure != null) {
      return;
    }
    try {
      out.write(line.toString());
    } catch (IOException e) {
      writeFailure = e; // reported by finish(): a lane settling a row must not fail mid-run
    }
  }

  /** The rows written so far, by outcome. */
  synchronized Map<Kind, Integer> counts() {
    return new EnumMap<>(counts);
  }

  /** Closes the file and moves it into place; every row must be settled. */
  synchronized void finish() {
    if (!waiting.isEmpty()) {
      throw new IllegalStateException("rows still unsettled from row " + waiting.firstKey());
    }
    if (writeFailure != null) {
      throw failure(path, writeFailure, t);
    }
    try {
      out.close();
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } catch (IOException e) {
      throw failure(path, e, t);
    }
  }

  /** Drops the file written aside when the run failed before {@link #finish}. */
  @Override
  public synchronized void close() {
    if (moved) {
      return;
    }
    try {
      out.close();
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the run failed already; its own failure is the one to report
    }
  }

  private static CliException failure(Path path, IOException e, CliMessages t) {
    return new CliException(
        ExitCodes.USAGE, t.get("batch.resultsIo", path, CliInputFiles.reason(e, t)), e);
  }
}
