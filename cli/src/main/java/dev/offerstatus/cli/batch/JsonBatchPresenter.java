package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.request.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A batch's outcome as one JSON object on stdout (--json). */
final class JsonBatchPresenter implements BatchPresenter {
  private final Console console;

  JsonBatchPresenter(Console console) {
    this.console = console;
  }

  @Override
  public void badRows(List<BatchValidation.BadRow> listed, int badRows, int rowCount, Path file) {
    List<Object> problems = new ArrayList<>();
    for (BatchValidation.BadRow b : listed) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("line", b.line());
      doc.put("path", b.path());
      doc.put("rule", b.rule());
      doc.put("message", b.message());
      problems.add(doc);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("valid", false);
    doc.put("sent", 0);
    doc.put("problems", problems);
    console.printJson(doc);
  }

  @Override
  public void dryRun(int rowCount, int offers, Path journal) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("valid", true);
    doc.put("dry_run", true);
    doc.put("rows", rowCount);
    doc.put("offers", offers);
    doc.put("journal", journal == null ? null : journal.toString());
    console.printJson(doc);
  }

  @Override
  public void rowSettled(int line, Outcome outcome) {
    // the results file has every row; the JSON summary has the counts
  }

  @Override
  public void summary(BatchReport report) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("rows", report.rows());
    report
        .counts()
        .forEach(
            (kind, count) -> {
              // the legacy kind only appears when an old journal named it
              if (kind != Outcome.Kind.LEGACY_APPLIED_EARLIER || count > 0) {
                doc.put(kind.word().replace('-', '_'), count);
              }
            });
    doc.put("results", report.results().toString());
    doc.put("journal", report.journal() == null ? null : report.journal().toString());
    doc.put("resumed", report.resumed());
    doc.put("stopped", report.stopCause() == null ? null : report.stopCause().message());
    console.printJson(doc);
  }

  @Override
  public void close() {}
}
