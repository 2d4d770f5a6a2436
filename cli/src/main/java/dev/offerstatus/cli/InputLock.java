package dev.offerstatus.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A lock keyed by the input's SHA-256, held while a batch sends: a second run of the same rows is
 * refused even with another {@code --journal} (or a copy of the file under another name), since its
 * journal could not know what the first run sent. The lock file lives in a directory of the user's
 * own under the temporary directory and names the journal of the run holding it.
 */
final class InputLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private InputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static Path directory() {
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(System.getProperty("java.io.tmpdir"), "offer-status-" + user, "locks");
  }

  static InputLock acquire(String inputSha256, Path input, Path journal, Messages t) {
    Path file = directory().resolve("input-" + inputSha256 + ".lock");
    try {
      if (!Files.isDirectory(file.getParent())) {
        Files.createDirectories(
            file.getParent(),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = holder(channel);
        channel.close();
        throw new CliException(ExitCodes.USAGE, t.get("input.locked", input, holder));
      }
      byte[] name = journal.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(name), 0);
      return new InputLock(channel, lock);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("journal.io", file, InputFiles.reason(e, t)), e);
    }
  }

  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // released by the operating system when the process ends anyway
    }
  }
}
