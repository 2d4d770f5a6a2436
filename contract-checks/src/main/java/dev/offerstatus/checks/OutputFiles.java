package dev.offerstatus.checks;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The files a check writes: never half-written, whatever stops the write. */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Writes {@code bytes} beside {@code target}, then moves them over it (atomically where the file
   * system can); on failure the target is left as it was and nothing is left beside it.
   */
  public static void replace(Path target, byte[] bytes) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path aside = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
    try {
      Files.write(aside, bytes);
      try {
        Files.move(
            aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      try {
        Files.deleteIfExists(aside);
      } catch (IOException ignored) {
        // the failure of the write, if any, is what the user needs to see
      }
    }
  }
}
