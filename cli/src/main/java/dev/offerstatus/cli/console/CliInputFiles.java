package dev.offerstatus.cli.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input files and stdin, turning every I/O failure into an exit-2 message naming it. */
public final class CliInputFiles {
  private CliInputFiles() {}

  /** How messages name {@code file}: stdin for {@code -}. */
  public static String name(Path file, CliMessages t) {
    return file.toString().equals("-") ? t.get("stdin") : file.toString();
  }

  /** The bytes of {@code file}, or of stdin when it is {@code -}. */
  public static byte[] read(Path file, CliMessages t) {
    try (InputStream in = open(file, t)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE,
          file.toString().equals("-")
              ? t.get("stdin.unreadable", e.getMessage())
              : t.get("file.cannotRead", file, reason(e, t)),
          e);
    }
  }

  /** A stream of {@code file}, or stdin when it is {@code -}; failures to open it are exit 2. */
  public static InputStream open(Path file, CliMessages t) {
    if (file.toString().equals("-")) {
      return System.in;
    }
    if (Files.isDirectory(file)) {
      throw new CliException(
          ExitCodes.USAGE, t.get("file.cannotRead", file, t.get("reason.directory")));
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, t.get("file.cannotRead", file, reason(e, t)), e);
    }
  }

  /**
   * Why an I/O operation failed, in the user's language where the reason is a common one; else the
   * operating system's own text, never an exception class.
   */
  public static String reason(IOException e, CliMessages t) {
    if (e instanceof NoSuchFileException) {
      return t.get("reason.noSuchFile");
    }
    if (e instanceof AccessDeniedException) {
      return t.get("reason.accessDenied");
    }
    String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (text == null) {
      return t.get("reason.io");
    }
    if (text.contains("No space left on device")) {
      return t.get("reason.diskFull");
    }
    if (text.contains("Not a directory")) {
      return t.get("reason.notDirectory");
    }
    return text;
  }
}
