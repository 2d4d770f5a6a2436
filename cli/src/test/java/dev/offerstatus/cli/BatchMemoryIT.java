package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 9: a batch file is streamed, so its size does not decide the heap. A 5 MB,
 * 100,000-row file is dry-run in a child JVM with a 24 MB heap (the whole-file reader before the
 * fix died there with an OutOfMemoryError).
 */
class BatchMemoryIT {
  @TempDir Path dir;

  @Test
  void aFiveMegabyteFileIsDryRunInA24MegabyteHeap() throws IOException {
    Path file = dir.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("offer_id,operation,onboarding_date,offboarding_date,notes\n");
      for (int i = 0; i < 100_000; i++) {
        out.write(String.format("70166051706%08d,confirm_onboarding,2022-01-01,,%n", i));
      }
    }
    assertThat(Files.size(file)).isGreaterThan(5_000_000L);

    Cli.Result result =
        Cli.in(dir).env("JAVA_TOOL_OPTIONS", "-Xmx24m").run("batch", file.toString(), "--dry-run");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo("dry run: all 100000 rows are valid (100000 offers); nothing was sent\n");
  }

  @Test
  void moreDistinctOffersThanTheHeapCanCountIsAClearErrorAndNothingIsSent() throws IOException {
    Path file = dir.resolve("many.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("offer_id,operation,onboarding_date,offboarding_date,notes\n");
      for (int i = 0; i < 600_000; i++) {
        out.write(String.format("70166051706%08d,confirm_onboarding,2022-01-01,,%n", i));
      }
    }

    // 600,000 offers need a 16 MB counter table on top of the 8 MB one it grows from.
    Cli.Result result =
        Cli.in(dir)
            .env("FEISHU_APP_ID", "cli_test")
            .env("FEISHU_APP_SECRET", "s")
            .env("JAVA_TOOL_OPTIONS", "-Xmx16m")
            .run("batch", file.toString(), "--base-url", "http://127.0.0.1:9/");

    assertThat(result.exit()).as(result.err()).isEqualTo(2);
    assertThat(result.errLines())
        .filteredOn(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
        .containsExactly(
            "error: the checking pass ran out of memory (it keeps 16 bytes per distinct offer id);"
                + " nothing was sent. Run it again with a larger heap, e.g."
                + " OFFER_STATUS_JAVA_OPTS=-Xmx512m ./offer-status batch ...");
    assertThat(result.out()).isEmpty();
  }
}
