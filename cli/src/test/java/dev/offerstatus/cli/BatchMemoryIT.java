package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch file is streamed, so its size does not decide the heap. A 5 MB, 100,000-row file is
 * dry-run in a child JVM with a 24 MB heap (the whole-file reader before the fix died there with an
 * OutOfMemoryError).
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

  /** A batch that sends (to a port nothing listens on) with a 16 MB heap. */
  private Cli.Result sendWith16Megabytes(Path file) {
    return Cli.in(dir)
        .env("FEISHU_APP_ID", "cli_test")
        .env("FEISHU_APP_SECRET", "s")
        .env("JAVA_TOOL_OPTIONS", "-Xmx16m")
        .run("batch", file.toString(), "--base-url", "http://127.0.0.1:9/");
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

    // The count of distinct offers is a table of 8-byte slots, kept at most half full, that
    // doubles as it fills: at -Xmx16m one of its doublings fails (which one depends on the
    // collector's free regions), and the message names that one, measured (it
    // used to blame the counter whatever ran out). The numbers must agree with each other: the
    // table was full at half its slots, the row is that offer's line, the growth doubles it.
    Cli.Result result = sendWith16Megabytes(file);

    assertThat(result.exit()).as(result.err()).isEqualTo(2);
    List<String> errors =
        result.errLines().stream()
            .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
            .toList();
    assertThat(errors).hasSize(1);
    Matcher m =
        Pattern.compile(
                "error: the checking pass ran out of memory at line (\\d+): its count of distinct"
                    + " offer ids \\((\\d+) so far, in a table of (\\d+) MB\\) could not grow by"
                    + " another (\\d+) MB; nothing was sent\\. Run it again with a larger heap, e\\.g\\."
                    + " OFFER_STATUS_JAVA_OPTS=-Xmx512m \\./offer-status batch \\.\\.\\.")
            .matcher(errors.get(0));
    assertThat(m.matches()).as(errors.get(0)).isTrue();
    long line = Long.parseLong(m.group(1));
    long offers = Long.parseLong(m.group(2));
    long tableMb = Long.parseLong(m.group(3));
    assertThat(offers * 16).isEqualTo(tableMb << 20);
    assertThat(line).isEqualTo(offers + 2); // the next offer's row, after the header line
    assertThat(Long.parseLong(m.group(4))).isEqualTo(2 * tableMb);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void oneHugeFieldIsAProblemOfItsLineNotAnOutOfMemoryError() throws IOException {
    // One 150 MB field at -Xmx64m ran out of heap and was blamed on the count
    // of distinct offers. A row is bounded: the field is refused with its line, exit 2, whatever
    // the heap (16 million characters would need 32 MB as one string at -Xmx16m).
    Path file = dir.resolve("huge.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("offer_id,operation,onboarding_date,offboarding_date,notes\n");
      out.write("7016605170635213100,offboard,,2022-03-02,\"");
      char[] chunk = new char[1 << 16];
      java.util.Arrays.fill(chunk, 'x');
      for (int i = 0; i < 256; i++) {
        out.write(chunk);
      }
      out.write("\"\n7016605170635213101,cancel_onboarding,,,\n");
    }

    Cli.Result result = sendWith16Megabytes(file);

    assertThat(result.exit()).as(result.err()).isEqualTo(2);
    assertThat(result.errLines())
        .filteredOn(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
        .containsExactly("1 bad row(s) of 2 in " + file + "; nothing was sent:");
    assertThat(result.out())
        .isEqualTo(
            "line 2: the row holds more than 1048576 characters, the most a row may hold; it was"
                + " not read further\n");
  }
}
