package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * The offers a sending batch run holds, so that two concurrent runs never send rows of the same
 * offer, whatever the bytes of their files (a lock keyed by the input's SHA-256 let a copy with one
 * more blank line send the same rows twice).
 *
 * <p>A run writes the sorted 64-bit hashes of its distinct offer ids ({@link OfferCounter}) to a
 * claim file of its own and holds a lock on that file while it runs; before that, under a registry
 * lock, it reads every other claim whose lock is held and refuses to start when one shares an
 * offer. A claim whose lock nobody holds was left by a run that died, and is removed. Memory: the
 * counter's table, sorted in place; the other claims are streamed.
 *
 * <p>The files live in {@code java.io.tmpdir/offer-status-USER/locks}, which must be a directory
 * (not a link) of this user with mode {@code rwx------}; files in it are created new, never through
 * a link (a planted {@code input-SHA.lock -> victim.txt} made a run as root overwrite the victim).
 */
final class OfferClaim implements AutoCloseable {
  private static final byte[] MAGIC = "offer-status-claim/1\n".getBytes(StandardCharsets.US_ASCII);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");
  private static final String CLAIM_PREFIX = "run-";
  private static final String CLAIM_SUFFIX = ".offers";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OfferClaim(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** {@code java.io.tmpdir/offer-status-USER/locks}. */
  static Path directory() {
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(System.getProperty("java.io.tmpdir"), "offer-status-" + user, "locks");
  }

  /**
   * Claims the offers whose hashes are the first {@code count} of {@code sortedHashes}, for the run
   * of {@code input} with {@code journal}.
   *
   * @param describe names the offer of a hash for a refusal, e.g. {@code offer X (line 3 of F)}
   * @throws CliException exit 2 when another live run holds one of the offers, or when the lock
   *     directory is not private
   */
  @SuppressWarnings("try") // the registry lock is held, not used, while the claims are compared
  static OfferClaim acquire(
      long[] sortedHashes, int count, Path journal, LongFunction<String> describe, CliMessages t) {
    Path dir = directory();
    try {
      privateDirectory(dir.getParent(), t);
      privateDirectory(dir, t);
      try (FileChannel registry =
              FileChannel.open(
                  dir.resolve("registry.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS);
          FileLock held = registry.lock()) {
        checkOthers(dir, sortedHashes, count, describe, t);
        return write(dir, sortedHashes, count, journal);
      }
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("claim.io", dir, CliInputFiles.reason(e, t)), e);
    }
  }

  /**
   * Creates {@code dir} owner-only if it is missing; refuses it unless it is a directory, not a
   * link, of this user, with mode {@code rwx------}.
   */
  static void privateDirectory(Path dir, CliMessages t) throws IOException {
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (FileAlreadyExistsException e) {
      // checked below, whoever made it
    }
    PosixFileAttributes attributes =
        Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String problem = null;
    if (!attributes.isDirectory()) {
      problem = t.get("claim.notDirectory");
    } else if (!attributes.owner().equals(currentUser())) {
      problem = t.get("claim.owner", attributes.owner().getName(), currentUser().getName());
    } else if (!attributes.permissions().equals(OWNER_ONLY)) {
      problem = t.get("claim.mode", PosixFilePermissions.toString(attributes.permissions()));
    }
    if (problem != null) {
      throw new CliException(ExitCodes.USAGE, t.get("claim.unsafe", dir, problem));
    }
  }

  private static UserPrincipal currentUser;

  /** The owner of what this process creates (a user name may not resolve in a container). */
  private static synchronized UserPrincipal currentUser() throws IOException {
    if (currentUser == null) {
      Path probe = Files.createTempFile("offer-status-owner-", ".probe");
      try {
        currentUser = Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
      } finally {
        Files.deleteIfExists(probe);
      }
    }
    return currentUser;
  }

  /** Refuses when a live claim shares an offer; removes the claims of runs that died. */
  private static void checkOthers(
      Path dir, long[] ours, int count, LongFunction<String> describe, CliMessages t)
      throws IOException {
    try (DirectoryStream<Path> claims =
        Files.newDirectoryStream(dir, CLAIM_PREFIX + "*" + CLAIM_SUFFIX)) {
      for (Path claim : claims) {
        FileChannel other;
        try {
          other =
              FileChannel.open(
                  claim,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
          continue; // its run just ended
        }
        try (other) {
          FileLock probe;
          try {
            probe = other.tryLock();
          } catch (OverlappingFileLockException e) {
            probe = null; // held in this very JVM
          }
          if (probe != null) {
            probe.release();
            Files.deleteIfExists(claim); // no run holds it: its run died
            continue;
          }
          DataInputStream in =
              new DataInputStream(
                  new BufferedInputStream(Channels.newInputStream(other.position(0)), 1 << 16));
          byte[] magic = new byte[MAGIC.length];
          in.readFully(magic);
          if (!Arrays.equals(magic, MAGIC)) {
            throw new CliException(ExitCodes.USAGE, t.get("claim.otherFormat", claim));
          }
          byte[] journal = new byte[in.readInt()];
          in.readFully(journal);
          OptionalLong shared = firstShared(ours, count, in, in.readLong());
          if (shared.isPresent()) {
            throw new CliException(
                ExitCodes.USAGE,
                t.get(
                    "claim.conflict",
                    describe.apply(shared.getAsLong()),
                    new String(journal, StandardCharsets.UTF_8)));
          }
        } catch (EOFException e) {
          // a claim being written holds the registry lock; a torn one belongs to a dead run
          throw new CliException(ExitCodes.USAGE, t.get("claim.otherFormat", claim), e);
        }
      }
    }
  }

  /** The first hash in both ascending lists, merged in one pass. */
  static OptionalLong firstShared(long[] ours, int count, DataInputStream theirs, long theirCount)
      throws IOException {
    int i = 0;
    for (long k = 0; k < theirCount && i < count; k++) {
      long hash = theirs.readLong();
      while (i < count && ours[i] < hash) {
        i++;
      }
      if (i < count && ours[i] == hash) {
        return OptionalLong.of(hash);
      }
    }
    return OptionalLong.empty();
  }

  private static OfferClaim write(Path dir, long[] hashes, int count, Path journal)
      throws IOException {
    Path file = dir.resolve(CLAIM_PREFIX + UUID.randomUUID() + CLAIM_SUFFIX);
    FileChannel channel =
        FileChannel.open(
            file,
            Set.of(
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      FileLock lock = channel.lock();
      byte[] name = journal.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      buffer.put(MAGIC).putInt(name.length);
      for (int at = 0; at < name.length; ) {
        int n = Math.min(buffer.remaining(), name.length - at);
        buffer.put(name, at, n);
        at += n;
        drainIfFull(channel, buffer);
      }
      drainIfFull(channel, buffer);
      buffer.putLong(count);
      for (int i = 0; i < count; i++) {
        drainIfFull(channel, buffer);
        buffer.putLong(hashes[i]);
      }
      drain(channel, buffer);
      return new OfferClaim(file, channel, lock);
    } catch (IOException | RuntimeException e) {
      channel.close();
      Files.deleteIfExists(file);
      throw e;
    }
  }

  private static void drainIfFull(FileChannel channel, ByteBuffer buffer) throws IOException {
    if (buffer.remaining() < Long.BYTES) {
      drain(channel, buffer);
    }
  }

  private static void drain(FileChannel channel, ByteBuffer buffer) throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  /**
   * Ends the claim: the file goes, then the lock (a run that finds the file unlocked removes it).
   */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the lock ends with the process anyway; a file left behind is removed by the next run
    }
  }
}
