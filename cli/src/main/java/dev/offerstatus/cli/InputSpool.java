package dev.offerstatus.cli;

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

  private InputSpool(Path file) throws IOException {
    this.file = file;
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  static InputSpool create(Messages t) {
    try {
      return new InputSpool(Files.createTempFile("offer-status-batch-", ".input"));
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE,
          t.get("file.cannotRead", System.getProperty("java.io.tmpdir"), InputFiles.reason(e, t)),
          e);
    }
  }

  /** Where the input's bytes go while it is checked. */
  OutputStream copy() {
    return out;
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
