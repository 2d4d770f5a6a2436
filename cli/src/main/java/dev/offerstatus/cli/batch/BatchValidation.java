package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.UnicodeText;
import dev.offerstatus.cli.request.Contract;
import dev.offerstatus.cli.request.OperationChoice;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.cli.request.Violations;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The batch's first pass, streamed: every row is read and checked against the contract's rules, the
 * input's SHA-256 is computed on the way, and (for a run that sends) the bytes are copied to a
 * private spool that the sending pass reads again: the rows sent are exactly the rows checked, also
 * from stdin. Only what a report needs is kept: the first {@link #MAX_LISTED} problems, counts, and
 * with --simulator the first request of each offer (to seed the in-process simulator).
 */
final class BatchValidation {
  /** The most problems listed (and kept in memory) for a file with bad rows. */
  static final int MAX_LISTED = 1000;

  /**
   * The most characters of a problem's message kept: a message quotes the value, and a row may hold
   * a million characters.
   */
  static final int MAX_MESSAGE_CHARS = 2000;

  /** A bad row: its line, the JSON path and rule when a rule of the contract found it. */
  record BadRow(int line, String path, String rule, String message) {}

  private final List<BadRow> listed = new ArrayList<>();
  private final Map<String, RowRequest> firstPerOffer = new LinkedHashMap<>();
  private final Set<String> operations = new LinkedHashSet<>();
  private final OfferCounter offers = new OfferCounter();
  private int badRows;
  private int lastBadLine;
  private int line;
  private boolean structural;
  private BatchFile.Summary summary;

  private BatchValidation() {}

  /**
   * Reads {@code file} once; copies its bytes to {@code spool} when not null.
   *
   * @param keepFirstPerOffer whether to keep each offer's first request (--simulator)
   */
  static BatchValidation check(
      Path file,
      BatchFile.Format format,
      CliMessages t,
      Contract contract,
      OperationChoice choice,
      boolean keepFirstPerOffer,
      OutputStream spool) {
    BatchValidation v = new BatchValidation();
    OfferStatusRules rules = contract.rules();
    BatchFile.Sink sink =
        new BatchFile.Sink() {
          @Override
          public void row(BatchFile.Row row) {
            v.line = row.line();
            RowRequest r = row.request();
            String offerId = r.offerId();
            for (Violation violation :
                rules.validateJson(
                    r.operation().operationId(), r.parameters(), r.bodyJson(), t.locale())) {
              v.add(
                  new BadRow(
                      row.line(), violation.path(), violation.rule(), Violations.line(violation)));
            }
            v.offers.add(offerId);
            v.operations.add(r.operation().operationId());
            if (keepFirstPerOffer) {
              v.firstPerOffer.putIfAbsent(offerId, r);
            }
          }

          @Override
          public void problem(BatchFile.Problem p) {
            v.line = p.line();
            v.structural = true;
            v.add(new BadRow(p.line(), null, null, p.message()));
          }
        };
    try (InputStream in = copying(CliInputFiles.open(file, t), spool)) {
      v.summary = BatchFile.stream(in, file.toString(), format, t, choice, sink);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("file.cannotRead", file, CliInputFiles.reason(e, t)), e);
    } catch (OutOfMemoryError e) {
      throw v.outOfMemory(t);
    }
    v.listed.sort(
        Comparator.comparingInt(BadRow::line)
            .thenComparing(BadRow::path, Comparator.nullsFirst(Comparator.naturalOrder())));
    return v;
  }

  /**
   * Nothing has been sent yet: says what did not fit, measured rather than guessed. Rows are
   * bounded ({@link BatchFile#MAX_ROW_CHARS}) and at most {@link #MAX_LISTED} problems are kept, so
   * what grows with the input is the count of distinct offers.
   */
  private CliException outOfMemory(CliMessages t) {
    long mb = 1 << 20;
    if (offers.failedGrowth() > 0) {
      return new CliException(
          ExitCodes.USAGE,
          t.get(
              "batch.checkHeapOffers",
              line,
              offers.size(),
              (offers.tableBytes() + mb - 1) / mb,
              (offers.failedGrowth() + mb - 1) / mb));
    }
    return new CliException(
        ExitCodes.USAGE,
        t.get(
            "batch.checkHeap",
            line,
            offers.size(),
            (offers.tableBytes() + mb - 1) / mb,
            Runtime.getRuntime().maxMemory() / mb));
  }

  private void add(BadRow b) {
    if (b.line() != lastBadLine) {
      badRows++;
      lastBadLine = b.line();
    }
    if (listed.size() < MAX_LISTED) {
      listed.add(
          new BadRow(
              b.line(),
              b.path() == null ? null : UnicodeText.shortened(b.path(), MAX_MESSAGE_CHARS),
              b.rule(),
              UnicodeText.shortened(b.message(), MAX_MESSAGE_CHARS)));
    }
  }

  /** What was read: SHA-256, format, row and problem counts. */
  BatchFile.Summary summary() {
    return summary;
  }

  boolean valid() {
    return listed.isEmpty();
  }

  /** The first {@link #MAX_LISTED} problems, by line. */
  List<BadRow> listed() {
    return listed;
  }

  /** Lines with at least one problem. */
  int badRows() {
    return badRows;
  }

  /** Whether a problem is one of the file's structure (exit 2) rather than of a rule (exit 1). */
  boolean structural() {
    return structural;
  }

  int offers() {
    return offers.size();
  }

  /**
   * The hashes of the distinct offer ids, ascending, in the first {@link #offers()} slots (what a
   * sending run claims); call once, after the check.
   */
  long[] claimedOffers() {
    return offers.drainSorted();
  }

  /** The operations the rows send, in the order they first appear. */
  Set<String> operations() {
    return operations;
  }

  /** Each offer's first request, with --simulator; else empty. */
  Collection<RowRequest> firstPerOffer() {
    return firstPerOffer.values();
  }

  /** {@code in}, also writing every byte read to {@code copy} when it is not null. */
  private static InputStream copying(InputStream in, OutputStream copy) {
    if (copy == null) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          copy.write(b);
        }
        return b;
      }

      @Override
      public int read(byte[] bytes, int off, int len) throws IOException {
        int n = super.read(bytes, off, len);
        if (n > 0) {
          copy.write(bytes, off, n);
        }
        return n;
      }
    };
  }
}
