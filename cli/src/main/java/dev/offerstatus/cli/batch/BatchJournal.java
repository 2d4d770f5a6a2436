package dev.offerstatus.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.Outcome;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The batch's write-ahead journal, one JSON object a line: a header naming the input's SHA-256,
 * then {@code sending} before a row's request leaves, {@code done} with its outcome after the
 * answer, and {@code released} when a request was certainly not applied (never sent, or refused for
 * every row: credentials, quota, throttling). A row with {@code sending} and nothing after it is in
 * doubt: the process died while its request was on the wire. The rules these records keep, and the
 * classes that keep them with this one, are in the {@linkplain dev.offerstatus.cli.batch package
 * documentation}.
 *
 * <p>Memory does not grow with the journal: a resumed journal is read streamed, and of the rows
 * completed earlier only where their {@code done} record stands is kept ({@link DoneIndex}, 12
 * bytes a row); their outcomes are read back from the file when the results are written.
 */
final class BatchJournal implements AutoCloseable {
  static final String FORMAT = "offer-status-batch-journal/1";

  private final Path path;
  private final CliMessages t;
  private final FileChannel channel;
  private final FileLock lock;

  /** Where each row completed before this run has its {@code done} record: read on demand. */
  private final DoneIndex doneBefore = new DoneIndex();

  /** Rows with {@code sending} and nothing after it: a few (the lanes of an interrupted run). */
  private final Set<Integer> inDoubt = new TreeSet<>();

  private boolean resumed;

  private BatchJournal(
      Path path, CliMessages t, FileChannel channel, FileLock lock, boolean resumed) {
    this.path = path;
    this.t = t;
    this.channel = channel;
    this.lock = lock;
    this.resumed = resumed;
  }

  /** A journal kept in memory only (--simulator: the simulator's state dies with the process). */
  static BatchJournal inMemory() {
    return new BatchJournal(null, null, null, null, false);
  }

  /**
   * Opens {@code path}: loads it when it exists (it must belong to the same input), else creates it
   * with its header.
   */
  static BatchJournal open(
      Path path, String inputSha256, Path input, String operationId, CliMessages t) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (Files.isSymbolicLink(path)) {
        // e.g. planted beside an input in a shared directory: the run would write another file
        throw new CliException(ExitCodes.USAGE, t.get("journal.link", path));
      }
      boolean exists = Files.exists(path);
      FileChannel channel =
          FileChannel.open(
              path,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process
      }
      if (lock == null) {
        channel.close();
        throw new CliException(ExitCodes.USAGE, t.get("journal.locked", path));
      }
      BatchJournal journal = new BatchJournal(path, t, channel, lock, exists && channel.size() > 0);
      if (journal.resumed) {
        try {
          journal.resumed = journal.load(inputSha256, input, operationId, t);
        } catch (RuntimeException | IOException e) {
          lock.release(); // refused: nothing of the journal is held
          channel.close();
          throw e;
        }
      }
      if (!journal.resumed) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("journal", FORMAT);
        header.put("input", input.toString());
        header.put("input_sha256", inputSha256);
        header.put("operation_id", operationId); // --operation-id: the rows mean other requests

        journal.append(header, true);
        if (parent != null) {
          try (FileChannel dir = FileChannel.open(parent, StandardOpenOption.READ)) {
            dir.force(true); // the new file's directory entry survives a crash too
          } catch (IOException e) {
            // some file systems cannot sync a directory; the file itself is synced
          }
        }
      }
      return journal;
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("journal.io", path, CliInputFiles.reason(e, t)), e);
    }
  }

  boolean resumed() {
    return resumed;
  }

  Path path() {
    return path;
  }

  /** The outcome an earlier run recorded for the row at {@code line}, or null. */
  synchronized Outcome outcome(int line) {
    long at = doneBefore.offsetOf(line);
    return at < 0 ? null : readOutcome(at);
  }

  /** Whether an earlier run completed the row at {@code line}. */
  synchronized boolean doneBefore(int line) {
    return doneBefore.offsetOf(line) >= 0;
  }

  synchronized boolean isInDoubt(int line) {
    return inDoubt.contains(line);
  }

  synchronized Set<Integer> inDoubt() {
    return Set.copyOf(inDoubt);
  }

  /** How many rows earlier runs completed. */
  synchronized int doneCount() {
    return doneBefore.size();
  }

  /** Before the request of the row at {@code line} leaves. */
  synchronized void sending(int line) {
    inDoubt.add(line);
    append(event("sending", line), true);
  }

  /** After the answer. */
  synchronized void done(int line, Outcome outcome) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("event", "done");
    record.put("row", line);
    record.put("outcome", outcome.kind().word());
    record.put("code", outcome.code());
    record.put("log_id", outcome.logId());
    record.put("message", outcome.message());
    // Not forced: the next forced record carries it to the disk. Lost only on an OS crash or a
    // power cut, which leaves the row in doubt, and a row in doubt is resolved safely.
    append(record, false);
    inDoubt.remove(line);
  }

  /** The request was certainly not applied: the row is pending again. */
  synchronized void released(int line) {
    append(event("released", line), true);
    inDoubt.remove(line);
  }

  /** {"event":..., "row":...} in that order: Map.of's order changes from one JVM to the next. */
  private static Map<String, Object> event(String event, int line) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("event", event);
    record.put("row", line);
    return record;
  }

  private void append(Map<String, Object> record, boolean force) {
    if (channel == null) {
      return;
    }
    byte[] bytes = (Console.toJson(record) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer, channel.size());
      }
      if (force) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("journal.io", path, CliInputFiles.reason(e, t)), e);
    }
  }

  /**
   * Replays the records, streamed: a torn last line (killed while writing it) is cut off. False
   * when not even the header was complete (nothing can have been sent).
   */
  private boolean load(String inputSha256, Path input, String operationId, CliMessages t)
      throws IOException {
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int lineNumber = 0;
    long goodEnd = 0;
    int b;
    while ((b = in.read()) >= 0) {
      if (b != '\n') {
        line.write(b);
        continue;
      }
      lineNumber++;
      JsonNode record = parse(line.toByteArray());
      if (record == null || !record.isObject()) {
        throw new CliException(ExitCodes.USAGE, t.get("journal.corrupt", path, lineNumber));
      }
      if (lineNumber == 1) {
        if (!FORMAT.equals(record.path("journal").asText())) {
          throw new CliException(ExitCodes.USAGE, t.get("journal.corrupt", path, 1));
        }
        if (!inputSha256.equals(record.path("input_sha256").asText())) {
          throw new CliException(ExitCodes.USAGE, t.get("journal.otherInput", path, input));
        }
        String recorded =
            record.hasNonNull("operation_id") ? record.get("operation_id").asText() : null;
        if (!java.util.Objects.equals(recorded, operationId)) {
          throw new CliException(
              ExitCodes.USAGE,
              t.get(
                  "journal.otherOperation",
                  path,
                  recorded == null ? "-" : recorded,
                  operationId == null ? "-" : operationId));
        }
      } else {
        apply(record, lineNumber, goodEnd, t);
      }
      goodEnd += line.size() + 1;
      line.reset();
    }
    // what follows goodEnd is a torn last line: the process died while writing it
    if (goodEnd < channel.size()) {
      channel.truncate(goodEnd);
      channel.force(false);
    }
    doneBefore.seal();
    return lineNumber > 0;
  }

  private static JsonNode parse(byte[] line) {
    try {
      return Console.JSON.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  private void apply(JsonNode record, int lineNumber, long offset, CliMessages t) {
    int row = record.path("row").asInt(-1);
    switch (record.path("event").asText()) {
      case "sending" -> inDoubt.add(row);
      case "released" -> inDoubt.remove(row);
      case "done" -> {
        if (Outcome.Kind.ofWord(record.path("outcome").asText()) == null) {
          throw new CliException(ExitCodes.USAGE, t.get("journal.corrupt", path, lineNumber));
        }
        inDoubt.remove(row);
        doneBefore.put(row, offset);
      }
      default ->
          throw new CliException(ExitCodes.USAGE, t.get("journal.corrupt", path, lineNumber));
    }
  }

  /** Reads back the {@code done} record at {@code offset}. */
  private Outcome readOutcome(long offset) {
    try {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      ByteBuffer chunk = ByteBuffer.allocate(4096);
      long at = offset;
      while (true) {
        chunk.clear();
        int n = channel.read(chunk, at);
        if (n <= 0) {
          break;
        }
        int newline = -1;
        for (int i = 0; i < n; i++) {
          if (chunk.get(i) == '\n') {
            newline = i;
            break;
          }
        }
        line.write(chunk.array(), 0, newline < 0 ? n : newline);
        if (newline >= 0) {
          break;
        }
        at += n;
      }
      JsonNode record = Console.JSON.readTree(line.toByteArray());
      JsonNode code = record.get("code");
      return new Outcome(
          Outcome.Kind.ofWord(record.path("outcome").asText()),
          code == null || code.isNull() ? null : code.intValue(),
          record.hasNonNull("log_id") ? record.get("log_id").asText() : null,
          record.hasNonNull("message") ? record.get("message").asText() : null);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("journal.io", path, CliInputFiles.reason(e, t)), e);
    }
  }

  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, t.get("journal.io", path, CliInputFiles.reason(e, t)), e);
    }
  }
}
