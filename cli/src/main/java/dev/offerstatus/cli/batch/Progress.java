package dev.offerstatus.cli.batch;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr (done/total, rate, ETA), redrawn at most ten times a second.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private final int doneBefore;
  private final long startNanos = System.nanoTime();
  private int doneNow;
  private long lastDraw;

  Progress(PrintWriter err, boolean enabled, int total, int doneBefore) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
    this.doneBefore = doneBefore;
  }

  synchronized void step() {
    doneNow++;
    long now = System.nanoTime();
    if (enabled && (now - lastDraw > 100_000_000L || doneBefore + doneNow == total)) {
      lastDraw = now;
      err.print("\r" + render(now));
      err.flush();
    }
  }

  synchronized void finish() {
    if (enabled && doneNow > 0) {
      err.println();
      err.flush();
    }
  }

  private String render(long now) {
    int done = doneBefore + doneNow;
    double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
    double rate = doneNow / seconds;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    return "["
        + "#".repeat(filled)
        + ".".repeat(WIDTH - filled)
        + "] "
        + done
        + "/"
        + total
        + String.format(java.util.Locale.ROOT, "  %.1f rows/s", rate)
        + String.format(java.util.Locale.ROOT, "  ETA %d:%02d ", eta / 60, eta % 60);
  }
}
