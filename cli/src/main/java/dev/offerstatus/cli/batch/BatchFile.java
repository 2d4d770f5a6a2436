package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.OperationChoice;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.cli.request.Utf8Chars;
import dev.offerstatus.spec.ContractModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads a batch file, streamed: strict UTF-8 ({@link Utf8Chars}), then CSV ({@link CsvRows}) or
 * JSON Lines ({@link JsonLinesRows}) by option, extension or content; every structural problem is
 * handed over with its line number, and the SHA-256 of the bytes is computed as they pass.
 */
public final class BatchFile {
  /**
   * The most characters a row may hold (a CSV record or a JSON line): a longer one is a problem of
   * its line and is not read further, so one huge field cannot exhaust the heap.
   */
  static final int MAX_ROW_CHARS = 1 << 20;

  /** The input formats. */
  public enum Format {
    auto,
    csv,
    jsonl
  }

  /** One row: its position among the rows (0-based), its first line and its request. */
  record Row(int index, int line, RowRequest request) {}

  /** A problem found at a line. */
  record Problem(int line, String message) {}

  /** Everything read: the rows, the structural problems and the file's SHA-256. */
  record Parsed(List<Row> rows, List<Problem> problems, String sha256, Format format) {}

  private BatchFile() {}

  /** Receives what a streamed read finds, in file order. */
  interface Sink {
    void row(Row row);

    void problem(Problem problem);
  }

  /** What a streamed read saw: the file's SHA-256 (of every byte read), its format, counts. */
  record Summary(String sha256, Format format, int rows, int problems) {}

  /** Reads all of {@code bytes} into memory (small inputs and tests), by the shipped spec. */
  static Parsed read(byte[] bytes, String name, Format format, CliMessages t) {
    return read(bytes, name, format, t, OperationChoice.of(ContractModel.fromClasspath(), null, t));
  }

  /** Reads all of {@code bytes} into memory (small inputs and tests). */
  static Parsed read(
      byte[] bytes, String name, Format format, CliMessages t, OperationChoice choice) {
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Summary summary;
    try {
      summary =
          stream(
              new ByteArrayInputStream(bytes),
              name,
              format,
              t,
              choice,
              new Sink() {
                @Override
                public void row(Row row) {
                  rows.add(row);
                }

                @Override
                public void problem(Problem problem) {
                  problems.add(problem);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to read
    }
    return new Parsed(List.copyOf(rows), List.copyOf(problems), summary.sha256(), summary.format());
  }

  /**
   * Reads {@code in} record by record, handing each row and problem to {@code sink} as it is read:
   * memory stays flat whatever the file size, and the SHA-256 is computed over the bytes as they
   * pass.
   *
   * @throws CliException for an empty file, a bad CSV header, an unclosed quote or a byte that is
   *     not UTF-8 (rows before it were already handed over)
   */
  static Summary stream(
      InputStream in, String name, Format format, CliMessages t, OperationChoice choice, Sink sink)
      throws IOException {
    MessageDigest digest = sha256();
    Utf8Chars chars = new Utf8Chars(new DigestInputStream(in, digest), name, t);
    int first = chars.firstVisible();
    if (first < 0) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.empty", name));
    }
    Format effective = format == Format.auto ? detect(name, first == '{') : format;
    int[] counts = new int[2];
    Sink counting =
        new Sink() {
          @Override
          public void row(Row row) {
            counts[0]++;
            sink.row(row);
          }

          @Override
          public void problem(Problem problem) {
            counts[1]++;
            sink.problem(problem);
          }
        };
    if (effective == Format.jsonl) {
      JsonLinesRows.read(chars, counting, t, choice);
    } else {
      CsvRows.read(chars, name, counting, t, choice);
    }
    if (counts[0] == 0 && counts[1] == 0) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.noRows", name));
    }
    return new Summary(HexFormat.of().formatHex(digest.digest()), effective, counts[0], counts[1]);
  }

  private static Format detect(String name, boolean startsWithBrace) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Format.jsonl;
    }
    if (lower.endsWith(".csv")) {
      return Format.csv;
    }
    return startsWithBrace ? Format.jsonl : Format.csv;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
