package dev.offerstatus.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process with its output in a file, so its timeout holds however much or little it
 * prints, and kills it when it hangs or the wait is cut short.
 */
final class ChildProcess {
  private static final int TAIL_LINES = 40;

  private ChildProcess() {}

  /**
   * Runs {@code builder} (stderr merged into stdout, written to {@code log}) and returns its output
   * when it exits 0 within {@code timeout}; otherwise kills it and fails with the output's tail.
   */
  static String run(String what, ProcessBuilder builder, Duration timeout, Path log)
      throws IOException, InterruptedException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            what
                + " did not finish within "
                + timeout.toSeconds()
                + " s and was killed; the last lines of "
                + log
                + ":\n"
                + tail(log));
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            what
                + " exited with status "
                + process.exitValue()
                + "; the last lines of "
                + log
                + ":\n"
                + tail(log));
      }
      return Files.readString(log, StandardCharsets.UTF_8);
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly(); // interrupted while waiting
      }
    }
  }

  static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
  }
}
