package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void theBarShowsDoneOfTotalRateAndEtaAndEndsWithALineBreak() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), true, 4, 3);

    progress.step();
    progress.finish();

    assertThat(err.toString()).matches("\r\\[#{30}] 4/4  \\d+\\.\\d rows/s  ETA 0:00 \n");
  }

  @Test
  void nothingIsDrawnOffATerminal() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), false, 2, 0);

    progress.step();
    progress.finish();

    assertThat(err.toString()).isEmpty();
  }
}
