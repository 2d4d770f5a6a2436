package dev.offerstatus.cli;

import dev.offerstatus.cli.BatchFile.Problem;
import dev.offerstatus.cli.BatchFile.Row;
import dev.offerstatus.cli.BatchFile.Sink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads CSV batch files: a header line naming {@link BatchFile#BatchFile.COLUMNS}, then records
 * (RFC 4180 quoting, CRLF or LF, blank lines skipped).
 */
final class CsvRows {

  private final String name;
  private final Sink sink;
  private final Messages t;
  private int[] columnOf;
  private int headerSize;
  private int rows;

  CsvRows(String name, Sink sink, Messages t) {
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
          new Problem(record.line(), t.get("csv.fieldCount", record.fields().size(), headerSize)));
      return;
    }
    String[] values = new String[BatchFile.COLUMNS.size()];
    for (int c = 0; c < BatchFile.COLUMNS.size(); c++) {
      if (columnOf[c] >= 0) {
        String value = record.fields().get(columnOf[c]);
        values[c] = c == 4 ? value : value.strip();
      }
    }
    sink.row(new Row(rows++, record.line(), BatchFile.request(values)));
  }

  private void header(Record header) {
    int[] columns = new int[BatchFile.COLUMNS.size()];
    Arrays.fill(columns, -1);
    List<String> headerProblems = new ArrayList<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String column = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      int known = BatchFile.COLUMNS.indexOf(column);
      if (known < 0) {
        headerProblems.add(
            t.get("csv.unknownColumn", column, String.join(", ", BatchFile.COLUMNS)));
      } else if (columns[known] >= 0) {
        headerProblems.add(t.get("csv.duplicateColumn", column));
      } else {
        columns[known] = i;
      }
    }
    for (int required = 0; required < 2; required++) {
      if (columns[required] < 0) {
        headerProblems.add(t.get("csv.missingColumn", BatchFile.COLUMNS.get(required)));
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

  /** One CSV record and the line it starts on. */
  private record Record(int line, List<String> fields) {}

  static void read(Utf8Chars chars, String name, Sink sink, Messages t) throws IOException {
    CsvRows out = new CsvRows(name, sink, t);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int recordChars = 0;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    int c;
    while ((c = chars.next()) >= 0) {
      recordChars = Math.max(recordChars, recordChars + 1); // saturates: a record of 2^31 too
      if (quoted) {
        if (c == '"') {
          if (chars.peek() == '"') {
            recordChars = Math.max(recordChars, recordChars + 1);
            keep(field, '"', recordChars);
            chars.next();
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          keep(field, (char) c, recordChars);
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
            keep(field, (char) c, recordChars);
          }
        }
        case '\r', '\n' -> {
          if (c == '\r' && chars.peek() == '\n') {
            chars.next();
          }
          fields.add(field.toString());
          addRecord(out, recordLine, fields, wasQuoted, recordChars - 1); // not the line break
          fields = new ArrayList<>();
          field.setLength(0);
          wasQuoted = false;
          recordChars = 0;
          line++;
          recordLine = line;
        }
        default -> keep(field, (char) c, recordChars);
      }
    }
    if (quoted) {
      throw new CliException(ExitCodes.USAGE, t.get("csv.unclosedQuote", name, quoteLine));
    }
    if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      addRecord(out, recordLine, fields, wasQuoted, recordChars);
    }
  }

  /**
   * Appends {@code c} while the record (every character of it, quotes and commas too) holds at most
   * {@link BatchFile#MAX_ROW_CHARS} characters; past that the rest of the record is read without
   * being kept.
   */
  private static void keep(StringBuilder field, char c, int recordChars) {
    if (recordChars <= BatchFile.MAX_ROW_CHARS) {
      field.append(c);
    }
  }

  /** Skips blank lines (one empty, unquoted field); a record too long is a problem of its line. */
  private static void addRecord(
      CsvRows out, int line, List<String> fields, boolean lastQuoted, int recordChars) {
    if (recordChars > BatchFile.MAX_ROW_CHARS) {
      out.tooLong(line);
      return;
    }
    if (fields.size() == 1 && fields.get(0).isEmpty() && !lastQuoted) {
      return;
    }
    out.record(new Record(line, fields));
  }

  private void tooLong(int line) {
    String problem = t.get("batch.rowTooLong", BatchFile.MAX_ROW_CHARS);
    if (columnOf == null) {
      throw new CliException(ExitCodes.USAGE, t.get("csv.badHeader", name, line, problem));
    }
    sink.problem(new Problem(line, problem));
  }
}
