package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.UnicodeText;
import dev.offerstatus.cli.request.Outcome;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A batch's outcome for a person: problems on stderr, the summary on stdout. The lines of rows that
 * failed are printed before the summary, in file order; they are kept aside in a temporary file
 * meanwhile, so a run with a million failures does not hold them in memory.
 */
final class HumanBatchPresenter implements BatchPresenter {
  private final Console console;
  private final CliMessages t;
  private Path failedLines;
  private BufferedWriter failed;

  HumanBatchPresenter(Console console) {
    this.console = console;
    this.t = console.messages;
  }

  @Override
  public void badRows(List<BatchValidation.BadRow> listed, int badRows, int rowCount, Path file) {
    console.error(t.get("batch.badRows", badRows, rowCount, file));
    listed.forEach(b -> console.info(t.get("batch.line", b.line(), b.message())));
    if (listed.size() == BatchValidation.MAX_LISTED) {
      console.info(t.get("batch.moreBad", BatchValidation.MAX_LISTED));
    }
  }

  @Override
  public void dryRun(int rowCount, int offers, Path journal) {
    console.ok(t.get("batch.dryRun", rowCount, offers));
    if (journal != null) {
      console.info(t.get("batch.dryRunJournal", journal));
    }
  }

  @Override
  public void rowSettled(int line, Outcome o) {
    if (o.applied() || o.kind() == Outcome.PENDING || o.message() == null) {
      return;
    }
    try {
      if (failed == null) {
        failedLines = Files.createTempFile("offer-status-batch-", ".failed.txt");
        failed = Files.newBufferedWriter(failedLines, StandardCharsets.UTF_8);
      }
      // escaped already: a lone surrogate in a server's message could not be written as UTF-8
      failed.write(
          UnicodeText.printable(t.get("batch.line", line, o.kind().word() + ": " + o.message())));
      failed.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void summary(BatchReport report) {
    replayFailedLines();
    Outcome cause = report.stopCause();
    if (cause != null) {
      console.error(t.get("batch.stopped", cause.message()));
    }
    // every kind by the word the results file writes (a legacy kind only when a journal named it)
    StringBuilder counts = new StringBuilder();
    for (Outcome.Kind kind : Outcome.Kind.values()) {
      int count = report.count(kind);
      if (kind == Outcome.Kind.LEGACY_APPLIED_EARLIER && count == 0) {
        continue;
      }
      if (counts.length() > 0) {
        counts.append(t.get("batch.countSeparator"));
      }
      counts.append(t.get("batch.count", count, t.get("outcome." + kind.word())));
    }
    String summary = t.get("batch.summary", report.rows(), counts, report.results());
    int exit = report.exitCode();
    if (exit == ExitCodes.OK) {
      console.ok(summary);
    } else {
      console.info(summary);
    }
    if (exit == ExitCodes.TRANSPORT && report.journal() != null) {
      console.info(t.get("batch.rerun"));
    }
  }

  private void replayFailedLines() {
    if (failed == null) {
      return;
    }
    try {
      failed.close();
      try (BufferedReader in = Files.newBufferedReader(failedLines, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          console.error(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (failedLines == null) {
      return;
    }
    try {
      failed.close();
      Files.deleteIfExists(failedLines);
    } catch (IOException e) {
      // a temporary file left behind; nothing the batch's outcome depends on
    }
  }
}
