package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.request.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchResultsTest {
  private static final CliMessages EN = CliMessages.forLocale(Locale.ENGLISH);

  @TempDir Path dir;

  private static BatchFile.Row row(int index) {
    return BatchFile.read(
            ("offer_id,operation\nO" + index + ",cancel_onboarding\n").getBytes(),
            "f.csv",
            BatchFile.Format.csv,
            EN)
        .rows()
        .stream()
        .map(r -> new BatchFile.Row(index, index + 2, r.request()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void outcomesSettledOutOfOrderAreWrittenInFileOrderAndOnlyWhenFinished() throws Exception {
    Path path = dir.resolve("r.csv");
    List<Integer> presented = new java.util.ArrayList<>();
    try (BatchResults results = BatchResults.open(path, EN, recording(presented))) {
      results.settle(row(2), new Outcome(Outcome.OK, 0, "L2", null), false);
      results.settle(row(1), new Outcome(Outcome.REJECTED, 1002067, "L1", "=no"), false);
      assertThat(presented).isEmpty(); // row 0 is not settled yet
      results.settle(row(0), new Outcome(Outcome.PENDING, null, null, null), false);
      assertThat(path).doesNotExist();
      results.finish();

      assertThat(presented).containsExactly(2, 3, 4);
      assertThat(results.counts())
          .containsEntry(Outcome.OK, 1)
          .containsEntry(Outcome.REJECTED, 1)
          .containsEntry(Outcome.PENDING, 1)
          .containsEntry(Outcome.UNKNOWN, 0);
    }
    assertThat(Files.readAllLines(path))
        .containsExactly(
            "row,operation_id,offer_id,change,outcome,code,log_id,message",
            "2,internOfferStatus,O0,operation=cancel_onboarding,pending,,,",
            "3,internOfferStatus,O1,operation=cancel_onboarding,rejected,1002067,L1,'=no",
            "4,internOfferStatus,O2,operation=cancel_onboarding,ok,0,L2,");
  }

  @Test
  void aRunThatFailsBeforeFinishingLeavesNoResultsFile() throws IOException {
    Path path = dir.resolve("r.csv");
    try (BatchResults results =
        BatchResults.open(path, EN, recording(new java.util.ArrayList<>()))) {
      results.settle(row(0), new Outcome(Outcome.OK, 0, "L0", null), false);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  private static BatchPresenter recording(List<Integer> lines) {
    return new BatchPresenter() {
      @Override
      public void badRows(
          List<BatchValidation.BadRow> listed, int badRows, int rowCount, Path file) {}

      @Override
      public void dryRun(int rowCount, int offers, Path journal) {}

      @Override
      public void rowSettled(int line, Outcome outcome) {
        lines.add(line);
      }

      @Override
      public void summary(BatchReport report) {}

      @Override
      public void close() {}
    };
  }
}
