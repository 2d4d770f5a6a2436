package dev.offerstatus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The batch's write-ahead journal, one JSON object a line: a header naming the input's SHA-256,
 * then {@code sending} before a row's request leaves, {@code done} with its outcome after the
 * answer, and {@code released} when a request was certainly not applied (never sent, or refused for
 * every row: credentials, quota, throttling). A row with {@code sending} and nothing after it is in
 * doubt: the process died while its request was on the wire.
 */
final class Journal implements AutoCloseable {
  static final String FORMAT = "offer-status-batch-journal/1";

  private final Path path;
  private final Texts t;
  private final FileChannel channel;
  private final FileLock lock;
  private final Map<Integer, Outcome> done = new HashMap<>();
  private final Set<Integer> inDoubt = new TreeSet<>();
  private boolean resumed;

  private Journal(Path path, Texts t, FileChannel channel, FileLock lock, boolean resumed) {
    this.path = path;
    this.t = t;
    this.channel = channel;
    this.lock = lock;
    this.resumed = resumed;
  }

  /** A journal kept in memory only (--simulator: the simulator's state dies with the process). */
  static Journal inMemory() {
    return new Journal(null, null, null, null, false);
  }

  /**
   * Opens {@code path}: loads it when it exists (it must belong to the same input), else creates it
   * with its header.
   */
  static Journal open(Path path, String inputSha256, Path input, Texts t) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      boolean exists = Files.exists(path);
      FileChannel channel =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
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
      Journal journal = new Journal(path, t, channel, lock, exists && channel.size() > 0);
      if (journal.resumed) {
        journal.resumed = journal.load(inputSha256, input, t);
      }
      if (!journal.resumed) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("journal", FORMAT);
        header.put("input", input.toString());
        header.put("input_sha256", inputSha256);
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
          ExitCodes.USAGE, t.get("journal.io", path, InputFiles.reason(e, t)), e);
    }
  }

  boolean resumed() {
    return resumed;
  }

  Path path() {
    return path;
  }

  synchronized Outcome outcome(int line) {
    return done.get(line);
  }

  synchronized boolean isInDoubt(int line) {
    return inDoubt.contains(line);
  }

  synchronized Set<Integer> inDoubt() {
    return Set.copyOf(inDoubt);
  }

  synchronized int doneCount() {
    return done.size();
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
    record.put("outcome", outcome.kind());
    record.put("code", outcome.code());
    record.put("log_id", outcome.logId());
    record.put("message", outcome.message());
    // Not forced: the next forced record carries it to the disk. Lost only on an OS crash or a
    // power cut, which leaves the row in doubt, and a row in doubt is resolved safely.
    append(record, false);
    inDoubt.remove(line);
    done.put(line, outcome);
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
          ExitCodes.USAGE, t.get("journal.io", path, InputFiles.reason(e, t)), e);
    }
  }

  /**
   * Replays the records; a torn last line (killed while writing it) is cut off. False when not even
   * the header was complete (nothing can have been sent).
   */
  private boolean load(String inputSha256, Path input, Texts t) throws IOException {
    ByteBuffer all = ByteBuffer.allocate((int) channel.size());
    while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
      // read it all
    }
    String text = new String(all.array(), StandardCharsets.UTF_8);
    int start = 0;
    int lineNumber = 0;
    long goodEnd = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        break; // a torn last line: the process died while writing it
      }
      lineNumber++;
      String line = text.substring(start, end);
      JsonNode record;
      try {
        record = Console.JSON.readTree(line);
      } catch (JsonProcessingException e) {
        record = null;
      }
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
      } else {
        apply(record, lineNumber, t);
      }
      goodEnd += line.getBytes(StandardCharsets.UTF_8).length + 1;
      start = end + 1;
    }
    if (goodEnd < channel.size()) {
      channel.truncate(goodEnd);
      channel.force(false);
    }
    return lineNumber > 0;
  }

  private void apply(JsonNode record, int lineNumber, Texts t) {
    int row = record.path("row").asInt(-1);
    switch (record.path("event").asText()) {
      case "sending" -> inDoubt.add(row);
      case "released" -> inDoubt.remove(row);
      case "done" -> {
        inDoubt.remove(row);
        JsonNode code = record.get("code");
        done.put(
            row,
            new Outcome(
                record.path("outcome").asText(),
                code == null || code.isNull() ? null : code.intValue(),
                record.hasNonNull("log_id") ? record.get("log_id").asText() : null,
                record.hasNonNull("message") ? record.get("message").asText() : null));
      }
      default ->
          throw new CliException(ExitCodes.USAGE, t.get("journal.corrupt", path, lineNumber));
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
          ExitCodes.USAGE, t.get("journal.io", path, InputFiles.reason(e, t)), e);
    }
  }
}
