package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private copy of a batch's input (a temporary file, owner-only where the file system has
 * permissions), written while the input is checked and read again to send: the bytes sent are the
 * bytes checked and hashed, even when the input is stdin or changes meanwhile.
 */
final class InputSpool implements AutoCloseable {
  private final Path file;
  private final OutputStream out;
  private final CliMessages t;

  private InputSpool(Path file, CliMessages t) throws IOException {
    this.file = file;
    this.t = t;
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  static InputSpool create(CliMessages t) {
    try {
      return new InputSpool(Files.createTempFile("offer-status-batch-", ".input"), t);
    } catch (IOException e) {
      throw failure(System.getProperty("java.io.tmpdir"), e, t);
    }
  }

  /**
   * Where the input's bytes go while it is checked; a failure to write them (a full temporary
   * directory) is exit 2 naming the directory, not a failure to read the input.
   */
  OutputStream copy() {
    return new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int off, int len) {
        try {
          out.write(bytes, off, len);
        } catch (IOException e) {
          throw failure(String.valueOf(file.getParent()), e, t);
        }
      }
    };
  }

  private static CliException failure(String directory, IOException e, CliMessages t) {
    return new CliException(
        ExitCodes.USAGE, t.get("batch.spoolIo", directory, CliInputFiles.reason(e, t)), e);
  }

  /** The copy, from its first byte; the copying must be over. */
  InputStream reopen() throws IOException {
    out.close();
    return Files.newInputStream(file);
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind in java.io.tmpdir
    }
  }
}
