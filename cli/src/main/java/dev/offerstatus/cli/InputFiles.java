package dev.offerstatus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input files and stdin, turning every I/O failure into an exit-2 message naming it. */
final class InputFiles {
  private InputFiles() {}

  /** How messages name {@code file}: stdin for {@code -}. */
  static String name(Path file, Texts t) {
    return file.toString().equals("-") ? t.get("stdin") : file.toString();
  }

  /** The bytes of {@code file}, or of stdin when it is {@code -}. */
  static byte[] read(Path file, Texts t) {
    if (file.toString().equals("-")) {
      try {
        return readAll(System.in);
      } catch (IOException e) {
        throw new CliException(ExitCodes.USAGE, t.get("stdin.unreadable", e.getMessage()), e);
      }
    }
    if (Files.isDirectory(file)) {
      throw new CliException(
          ExitCodes.USAGE, t.get("file.cannotRead", file, t.get("reason.directory")));
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("file.cannotRead", file, t.get("reason.noSuchFile")), e);
    } catch (AccessDeniedException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("file.cannotRead", file, t.get("reason.accessDenied")), e);
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, t.get("file.cannotRead", file, e.getMessage()), e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
