package dev.offerstatus.cli;

import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;

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
import java.util.List;
import java.util.Map;

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

  /** A bad row: its line, the JSON path and rule when a rule of the contract found it. */
  record BadRow(int line, String path, String rule, String message) {}

  private final List<BadRow> listed = new ArrayList<>();
  private final Map<String, RequestSpec> firstPerOffer = new LinkedHashMap<>();
  private final OfferCounter offers = new OfferCounter();
  private int badRows;
  private int lastBadLine;
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
      Messages t,
      boolean keepFirstPerOffer,
      OutputStream spool) {
    BatchValidation v = new BatchValidation();
    OfferStatusRules rules = OfferStatusRules.fromClasspath();
    BatchFile.Sink sink =
        new BatchFile.Sink() {
          @Override
          public void row(BatchFile.Row row) {
            RequestSpec r = row.request();
            String offerId = r.offerId() == null ? "" : r.offerId();
            for (Violation violation :
                rules.validateJson(
                    INTERN_OFFER_STATUS.operationId(),
                    INTERN_OFFER_STATUS.pathValues(offerId),
                    r.json(),
                    t.locale())) {
              v.add(
                  new BadRow(
                      row.line(), violation.path(), violation.rule(), Violations.line(violation)));
            }
            v.offers.add(offerId);
            if (keepFirstPerOffer) {
              v.firstPerOffer.putIfAbsent(offerId, r);
            }
          }

          @Override
          public void problem(BatchFile.Problem p) {
            v.structural = true;
            v.add(new BadRow(p.line(), null, null, p.message()));
          }
        };
    try (InputStream in = copying(InputFiles.open(file, t), spool)) {
      v.summary = BatchFile.stream(in, file.toString(), format, t, sink);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("file.cannotRead", file, InputFiles.reason(e, t)), e);
    }
    v.listed.sort(
        Comparator.comparingInt(BadRow::line)
            .thenComparing(BadRow::path, Comparator.nullsFirst(Comparator.naturalOrder())));
    return v;
  }

  private void add(BadRow b) {
    if (b.line() != lastBadLine) {
      badRows++;
      lastBadLine = b.line();
    }
    if (listed.size() < MAX_LISTED) {
      listed.add(b);
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

  /** Each offer's first request, with --simulator; else empty. */
  Collection<RequestSpec> firstPerOffer() {
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
