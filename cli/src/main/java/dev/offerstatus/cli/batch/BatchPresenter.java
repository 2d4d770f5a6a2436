package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.request.Outcome;
import java.nio.file.Path;
import java.util.List;

/** Shows a batch's outcome in one output style: {@link HumanBatchPresenter} or JSON. */
interface BatchPresenter extends AutoCloseable {
  /** The presenter for {@code console}'s style (--json or not). */
  static BatchPresenter of(Console console) {
    return console.json ? new JsonBatchPresenter(console) : new HumanBatchPresenter(console);
  }

  /**
   * Bad rows were found (at most {@code listed.size()} listed, in line order); nothing was sent.
   */
  void badRows(List<BatchValidation.BadRow> listed, int badRows, int rowCount, Path file);

  /** A dry run found every row valid; {@code journal} is an existing journal, or null. */
  void dryRun(int rowCount, int offers, Path journal);

  /** A row's outcome, in file order, as the results file gets it. */
  void rowSettled(int line, Outcome outcome);

  /** The run is over. */
  void summary(BatchReport report);

  /** Drops what the presenter kept aside. */
  @Override
  void close();
}
