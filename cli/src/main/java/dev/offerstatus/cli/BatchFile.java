package dev.offerstatus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a batch file: CSV with a header line (RFC 4180 quoting, CRLF or LF, optional UTF-8 BOM) or
 * JSON Lines; every structural problem is collected with its line number.
 */
final class BatchFile {
  /** The columns (CSV) and keys (JSON Lines) of a row; offer_id and operation are required. */
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected (?:character \\('(.+?)' \\(code \\d+|close marker '(.)')");

  /** Text after a line's object is an error, not silently dropped. */
  private static final ObjectReader ONE_JSON_VALUE =
      Console.JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static final List<String> COLUMNS =
      List.of("offer_id", "operation", "onboarding_date", "offboarding_date", "notes");

  /** The input formats. */
  enum Format {
    auto,
    csv,
    jsonl
  }

  /** One row: its position among the rows (0-based), its first line and its request. */
  record Row(int index, int line, RequestSpec request) {}

  /** A problem found at a line. */
  record Problem(int line, String message) {}

  /** Everything read: the rows, the structural problems and the file's SHA-256. */
  record Parsed(List<Row> rows, List<Problem> problems, String sha256, Format format) {}

  private BatchFile() {}

  /** Receives what a streamed read finds, in file order. */
  interface Sink {
    void row(Row row);

    void problem(Problem problem);
  }

  /** What a streamed read saw: the file's SHA-256 (of every byte read), its format, counts. */
  record Summary(String sha256, Format format, int rows, int problems) {}

  /** Reads all of {@code bytes} into memory (small inputs and tests). */
  static Parsed read(byte[] bytes, String name, Format format, Texts t) {
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Summary summary;
    try {
      summary =
          stream(
              new ByteArrayInputStream(bytes),
              name,
              format,
              t,
              new Sink() {
                @Override
                public void row(Row row) {
                  rows.add(row);
                }

                @Override
                public void problem(Problem problem) {
                  problems.add(problem);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to read
    }
    return new Parsed(List.copyOf(rows), List.copyOf(problems), summary.sha256(), summary.format());
  }

  /**
   * Reads {@code in} record by record, handing each row and problem to {@code sink} as it is read:
   * memory stays flat whatever the file size, and the SHA-256 is computed over the bytes as they
   * pass.
   *
   * @throws CliException for an empty file, a bad CSV header, an unclosed quote or a byte that is
   *     not UTF-8 (rows before it were already handed over)
   */
  static Summary stream(InputStream in, String name, Format format, Texts t, Sink sink)
      throws IOException {
    MessageDigest digest = sha256();
    Chars chars = new Chars(new DigestInputStream(in, digest), name, t);
    int first = chars.firstVisible();
    if (first < 0) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.empty", name));
    }
    Format effective = format == Format.auto ? detect(name, first == '{') : format;
    int[] counts = new int[2];
    Sink counting =
        new Sink() {
          @Override
          public void row(Row row) {
            counts[0]++;
            sink.row(row);
          }

          @Override
          public void problem(Problem problem) {
            counts[1]++;
            sink.problem(problem);
          }
        };
    if (effective == Format.jsonl) {
      readJsonLines(chars, counting, t);
    } else {
      readCsv(chars, name, counting, t);
    }
    if (counts[0] == 0 && counts[1] == 0) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.noRows", name));
    }
    return new Summary(HexFormat.of().formatHex(digest.digest()), effective, counts[0], counts[1]);
  }

  /** Strict UTF-8 without a leading BOM; a malformed byte is reported with its line. */
  static String decode(byte[] bytes, String name, Texts t) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new CliException(ExitCodes.USAGE, t.get("file.notUtf8", name, line));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Format detect(String name, boolean startsWithBrace) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Format.jsonl;
    }
    if (lower.endsWith(".csv")) {
      return Format.csv;
    }
    return startsWithBrace ? Format.jsonl : Format.csv;
  }

  /** The CLI's own words for a JSON syntax error: the column and what was wrong there. */
  private static String notJson(JsonProcessingException e, Texts t) {
    int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Unexpected end-of-input")) {
      return t.get("jsonl.endOfInput", column);
    }
    if (original.contains("Trailing token")) {
      return t.get("jsonl.trailing", column);
    }
    Matcher unexpected = UNEXPECTED_CHARACTER.matcher(original);
    if (unexpected.lookingAt()) {
      String character = unexpected.group(1) != null ? unexpected.group(1) : unexpected.group(2);
      return t.get("jsonl.unexpectedCharacter", column, character);
    }
    return t.get("jsonl.invalid", column);
  }

  private static void readJsonLines(Chars chars, Sink sink, Texts t) throws IOException {
    StringBuilder text = new StringBuilder();
    int line = 0;
    int rows = 0;
    while (true) {
      text.setLength(0);
      int c;
      while ((c = chars.next()) >= 0 && c != '\n') {
        text.append((char) c);
      }
      if (c < 0 && text.length() == 0) {
        return;
      }
      line++;
      if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
        text.setLength(text.length() - 1);
      }
      String json = text.toString();
      if (!json.isBlank()) {
        Row row = jsonRow(json, line, rows, sink, t);
        if (row != null) {
          sink.row(row);
          rows++;
        }
      }
      if (c < 0) {
        return;
      }
    }
  }

  private static Row jsonRow(String json, int line, int index, Sink sink, Texts t) {
    JsonNode node;
    try {
      node = ONE_JSON_VALUE.readTree(json);
    } catch (JsonProcessingException e) {
      sink.problem(new Problem(line, notJson(e, t)));
      return null;
    }
    if (node == null || !node.isObject()) {
      sink.problem(new Problem(line, t.get("jsonl.notObject")));
      return null;
    }
    String[] values = new String[COLUMNS.size()];
    boolean ok = true;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      int column = COLUMNS.indexOf(field.getKey());
      if (column < 0) {
        sink.problem(
            new Problem(
                line, t.get("jsonl.unknownKey", field.getKey(), String.join(", ", COLUMNS))));
        ok = false;
      } else if (field.getValue().isTextual()) {
        values[column] = field.getValue().textValue();
      } else if (!field.getValue().isNull()) {
        sink.problem(new Problem(line, t.get("jsonl.notString", field.getKey(), field.getValue())));
        ok = false;
      }
    }
    return ok ? new Row(index, line, spec(values)) : null;
  }

  /** The CSV header's column positions, then one row per record. */
  private static final class CsvRows {
    private final String name;
    private final Sink sink;
    private final Texts t;
    private int[] columnOf;
    private int headerSize;
    private int rows;

    CsvRows(String name, Sink sink, Texts t) {
      this.name = name;
      this.sink = sink;
      this.t = t;
    }

    void record(Record record) {
      if (columnOf == null) {
        header(record);
        return;
      }
      if (record.fields().size() != headerSize) {
        sink.problem(
            new Problem(
                record.line(), t.get("csv.fieldCount", record.fields().size(), headerSize)));
        return;
      }
      String[] values = new String[COLUMNS.size()];
      for (int c = 0; c < COLUMNS.size(); c++) {
        if (columnOf[c] >= 0) {
          String value = record.fields().get(columnOf[c]);
          values[c] = c == 4 ? value : value.strip();
        }
      }
      sink.row(new Row(rows++, record.line(), spec(values)));
    }

    private void header(Record header) {
      int[] columns = new int[COLUMNS.size()];
      java.util.Arrays.fill(columns, -1);
      List<String> headerProblems = new ArrayList<>();
      for (int i = 0; i < header.fields().size(); i++) {
        String column = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
        int known = COLUMNS.indexOf(column);
        if (known < 0) {
          headerProblems.add(t.get("csv.unknownColumn", column, String.join(", ", COLUMNS)));
        } else if (columns[known] >= 0) {
          headerProblems.add(t.get("csv.duplicateColumn", column));
        } else {
          columns[known] = i;
        }
      }
      for (int required = 0; required < 2; required++) {
        if (columns[required] < 0) {
          headerProblems.add(t.get("csv.missingColumn", COLUMNS.get(required)));
        }
      }
      if (!headerProblems.isEmpty()) {
        throw new CliException(
            ExitCodes.USAGE,
            t.get("csv.badHeader", name, header.line(), String.join("; ", headerProblems)));
      }
      this.columnOf = columns;
      this.headerSize = header.fields().size();
    }
  }

  /** Empty values are absent; notes keep their spaces. */
  private static RequestSpec spec(String[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null && values[i].isEmpty()) {
        values[i] = null;
      }
    }
    return new RequestSpec(values[0], values[1], values[2], values[3], values[4]);
  }

  /** One CSV record and the line it starts on. */
  private record Record(int line, List<String> fields) {}

  private static void readCsv(Chars chars, String name, Sink sink, Texts t) throws IOException {
    CsvRows out = new CsvRows(name, sink, t);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    int c;
    while ((c = chars.next()) >= 0) {
      if (quoted) {
        if (c == '"') {
          if (chars.peek() == '"') {
            field.append('"');
            chars.next();
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
        continue;
      }
      switch (c) {
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        }
        case '"' -> {
          if (field.length() == 0 && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
          } else {
            field.append((char) c);
          }
        }
        case '\r', '\n' -> {
          if (c == '\r' && chars.peek() == '\n') {
            chars.next();
          }
          fields.add(field.toString());
          addRecord(out, recordLine, fields, wasQuoted);
          fields = new ArrayList<>();
          field.setLength(0);
          wasQuoted = false;
          line++;
          recordLine = line;
        }
        default -> field.append((char) c);
      }
    }
    if (quoted) {
      throw new CliException(ExitCodes.USAGE, t.get("csv.unclosedQuote", name, quoteLine));
    }
    if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      addRecord(out, recordLine, fields, wasQuoted);
    }
  }

  /** Skips blank lines (one empty, unquoted field). */
  private static void addRecord(CsvRows out, int line, List<String> fields, boolean lastQuoted) {
    if (fields.size() == 1 && fields.get(0).isEmpty() && !lastQuoted) {
      return;
    }
    out.record(new Record(line, fields));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The characters of a UTF-8 stream, decoded strictly chunk by chunk (a malformed byte is reported
   * with its line), without a leading BOM, with one character of look-ahead.
   */
  private static final class Chars {
    private static final int NONE = -2;
    private final InputStream in;
    private final String name;
    private final Texts t;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] bytes = new byte[64 * 1024];
    private final ByteBuffer byteBuffer = ByteBuffer.wrap(bytes).limit(0);
    private final CharBuffer charBuffer = CharBuffer.allocate(64 * 1024).limit(0);
    private final StringBuilder replay = new StringBuilder();
    private int replayAt;
    private long newlines;
    private boolean eof;
    private boolean started;
    private int ahead = NONE;

    Chars(InputStream in, String name, Texts t) {
      this.in = in;
      this.name = name;
      this.t = t;
    }

    /**
     * The first character that is not white space, or -1 when there is none; everything read is
     * replayed by {@link #next()}.
     */
    int firstVisible() throws IOException {
      int c;
      while ((c = raw()) >= 0) {
        replay.append((char) c);
        if (!Character.isWhitespace(c) || replay.length() > 64 * 1024) {
          return c;
        }
      }
      return -1;
    }

    int peek() throws IOException {
      if (ahead == NONE) {
        ahead = next();
      }
      return ahead;
    }

    int next() throws IOException {
      if (ahead != NONE) {
        int c = ahead;
        ahead = NONE;
        return c;
      }
      if (replayAt < replay.length()) {
        char c = replay.charAt(replayAt++);
        if (replayAt == replay.length()) {
          replay.setLength(0);
          replay.trimToSize();
          replayAt = 0;
        }
        return c;
      }
      return raw();
    }

    private int raw() throws IOException {
      if (!charBuffer.hasRemaining() && !fill()) {
        return -1;
      }
      char c = charBuffer.get();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          return raw();
        }
      }
      return c;
    }

    private boolean fill() throws IOException {
      charBuffer.clear();
      while (true) {
        if (!eof) {
          byteBuffer.compact();
          int n = in.read(bytes, byteBuffer.position(), byteBuffer.remaining());
          if (n < 0) {
            eof = true;
          } else {
            byteBuffer.position(byteBuffer.position() + n);
          }
          byteBuffer.flip();
        }
        int start = byteBuffer.position();
        CoderResult result = decoder.decode(byteBuffer, charBuffer, eof);
        for (int i = start; i < byteBuffer.position(); i++) {
          if (bytes[i] == '\n') {
            newlines++;
          }
        }
        if (result.isError()) {
          throw new CliException(ExitCodes.USAGE, t.get("file.notUtf8", name, newlines + 1));
        }
        if (eof && !byteBuffer.hasRemaining()) {
          decoder.flush(charBuffer);
        }
        if (charBuffer.position() > 0) {
          charBuffer.flip();
          return true;
        }
        if (eof) {
          charBuffer.flip();
          return false;
        }
      }
    }
  }
}
