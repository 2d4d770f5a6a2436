package dev.offerstatus.checks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The files a check writes: never half-written, whatever stops the write, and with the mode the
 * file had (a new file gets {@code rw-r--r--}, as an editor would give it).
 */
public final class OutputFiles {
  /** The mode of a file written where none was: {@code rw-r--r--} (0644). */
  public static final Set<PosixFilePermission> NEW_FILE_MODE =
      PosixFilePermissions.fromString("rw-r--r--");

  private OutputFiles() {}

  /**
   * How written bytes reach the disk: the file's data before it is moved over the target, the
   * folder's entry after (a crash then leaves the old file or the new one, never an empty one).
   */
  interface Sync {
    /** fsync(2) of the file and its metadata. */
    Sync REAL =
        new Sync() {
          @Override
          public void data(FileChannel file, Path path) throws IOException {
            file.force(true);
          }

          @Override
          public void directory(Path folder) throws IOException {
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
              dir.force(true);
            }
          }
        };

    void data(FileChannel file, Path path) throws IOException;

    void directory(Path folder) throws IOException;
  }

  /**
   * Writes {@code bytes} beside {@code target}, syncs them, gives them the target's mode (or {@link
   * #NEW_FILE_MODE}), then moves them over it (atomically where the file system can) and syncs the
   * folder; on failure the target is left as it was and nothing is left beside it.
   */
  public static void replace(Path target, byte[] bytes) throws IOException {
    replace(target, bytes, Sync.REAL);
  }

  static void replace(Path target, byte[] bytes, Sync sync) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    Set<PosixFilePermission> mode = posix ? modeOf(target) : null;
    Path aside = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
    try {
      try (FileChannel out = FileChannel.open(aside, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        sync.data(out, aside);
      }
      if (mode != null) {
        Files.setPosixFilePermissions(aside, mode);
      }
      try {
        Files.move(
            aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
      }
      if (posix) {
        // Windows cannot open a folder to sync it; NTFS journals the rename itself
        sync.directory(folder);
      }
    } finally {
      try {
        Files.deleteIfExists(aside);
      } catch (IOException ignored) {
        // the failure of the write, if any, is what the user needs to see
      }
    }
  }

  /** The target's permissions, or {@link #NEW_FILE_MODE} when there is no target yet. */
  private static Set<PosixFilePermission> modeOf(Path target) throws IOException {
    try {
      return Files.readAttributes(target, PosixFileAttributes.class).permissions();
    } catch (NoSuchFileException e) {
      return NEW_FILE_MODE;
    }
  }
}
