package dev.offerstatus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  static Parsed read(byte[] bytes, String name, Format format, Texts t) {
    String text = decode(bytes, name, t);
    if (text.isBlank()) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.empty", name));
    }
    Format effective = format == Format.auto ? detect(name, text) : format;
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (effective == Format.jsonl) {
      readJsonLines(text, rows, problems, t);
    } else {
      readCsv(text, name, rows, problems, t);
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, t.get("batch.noRows", name));
    }
    return new Parsed(List.copyOf(rows), List.copyOf(problems), sha256(bytes), effective);
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

  private static Format detect(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Format.jsonl;
    }
    if (lower.endsWith(".csv")) {
      return Format.csv;
    }
    return text.strip().startsWith("{") ? Format.jsonl : Format.csv;
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

  private static void readJsonLines(String text, List<Row> rows, List<Problem> problems, Texts t) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = ONE_JSON_VALUE.readTree(lines[i]);
      } catch (JsonProcessingException e) {
        problems.add(new Problem(line, notJson(e, t)));
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.add(new Problem(line, t.get("jsonl.notObject")));
        continue;
      }
      String[] values = new String[COLUMNS.size()];
      boolean ok = true;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        int column = COLUMNS.indexOf(field.getKey());
        if (column < 0) {
          problems.add(
              new Problem(
                  line, t.get("jsonl.unknownKey", field.getKey(), String.join(", ", COLUMNS))));
          ok = false;
        } else if (field.getValue().isTextual()) {
          values[column] = field.getValue().textValue();
        } else if (!field.getValue().isNull()) {
          problems.add(
              new Problem(line, t.get("jsonl.notString", field.getKey(), field.getValue())));
          ok = false;
        }
      }
      if (ok) {
        rows.add(new Row(rows.size(), line, spec(values)));
      }
    }
  }

  private static void readCsv(
      String text, String name, List<Row> rows, List<Problem> problems, Texts t) {
    List<Record> records = csvRecords(text, name, t);
    Record header = records.get(0);
    int[] columnOf = new int[COLUMNS.size()];
    java.util.Arrays.fill(columnOf, -1);
    List<String> headerProblems = new ArrayList<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String column = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      int known = COLUMNS.indexOf(column);
      if (known < 0) {
        headerProblems.add(t.get("csv.unknownColumn", column, String.join(", ", COLUMNS)));
      } else if (columnOf[known] >= 0) {
        headerProblems.add(t.get("csv.duplicateColumn", column));
      } else {
        columnOf[known] = i;
      }
    }
    for (int required = 0; required < 2; required++) {
      if (columnOf[required] < 0) {
        headerProblems.add(t.get("csv.missingColumn", COLUMNS.get(required)));
      }
    }
    if (!headerProblems.isEmpty()) {
      throw new CliException(
          ExitCodes.USAGE,
          t.get("csv.badHeader", name, header.line(), String.join("; ", headerProblems)));
    }
    for (Record record : records.subList(1, records.size())) {
      if (record.fields().size() != header.fields().size()) {
        problems.add(
            new Problem(
                record.line(),
                t.get("csv.fieldCount", record.fields().size(), header.fields().size())));
        continue;
      }
      String[] values = new String[COLUMNS.size()];
      for (int c = 0; c < COLUMNS.size(); c++) {
        if (columnOf[c] >= 0) {
          String value = record.fields().get(columnOf[c]);
          values[c] = c == 4 ? value : value.strip();
        }
      }
      rows.add(new Row(rows.size(), record.line(), spec(values)));
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

  private static List<Record> csvRecords(String text, String name, Texts t) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
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
            field.append(c);
          }
        }
        case '\r', '\n' -> {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          fields.add(field.toString());
          addRecord(records, recordLine, fields, wasQuoted);
          fields = new ArrayList<>();
          field.setLength(0);
          wasQuoted = false;
          line++;
          recordLine = line;
        }
        default -> field.append(c);
      }
    }
    if (quoted) {
      throw new CliException(ExitCodes.USAGE, t.get("csv.unclosedQuote", name, quoteLine));
    }
    if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      addRecord(records, recordLine, fields, wasQuoted);
    }
    return records;
  }

  /** Skips blank lines (one empty, unquoted field). */
  private static void addRecord(
      List<Record> records, int line, List<String> fields, boolean lastQuoted) {
    if (fields.size() == 1 && fields.get(0).isEmpty() && !lastQuoted) {
      return;
    }
    records.add(new Record(line, List.copyOf(fields)));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
