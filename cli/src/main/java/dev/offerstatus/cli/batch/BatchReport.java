package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.Outcome;
import dev.offerstatus.cli.request.Outcome.Kind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a batch run ended: the rows by outcome, where the results and the journal are, what stopped
 * it; and the exit status that follows.
 */
record BatchReport(
    int rows,
    Map<Kind, Integer> counts,
    Path results,
    Path journal,
    boolean resumed,
    Outcome stopCause) {

  /** The counts of every kind, zero where no row had it. */
  static Map<Kind, Integer> zeroCounts() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0);
    }
    return counts;
  }

  int count(Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  /** 3 for a row unknown or not sent, else the stop's status, 1 for a rejection, 3 if stopped. */
  int exitCode() {
    if (count(Kind.UNKNOWN) > 0 || count(Kind.NOT_SENT) > 0) {
      return ExitCodes.TRANSPORT;
    } else if (stopCause != null) {
      return stopCause.exitCode();
    } else if (count(Kind.REJECTED) > 0) {
      return ExitCodes.REJECTED;
    } else if (count(Kind.PENDING) > 0) {
      return ExitCodes.TRANSPORT; // interrupted
    }
    return ExitCodes.OK;
  }
}
