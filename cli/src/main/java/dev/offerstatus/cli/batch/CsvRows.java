package dev.offerstatus.cli.batch;

import dev.offerstatus.cli.batch.BatchFile.Problem;
import dev.offerstatus.cli.batch.BatchFile.Row;
import dev.offerstatus.cli.batch.BatchFile.Sink;
import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.OperationChoice;
import dev.offerstatus.cli.request.RequestColumns;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.cli.request.Utf8Chars;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV batch files: a header line naming columns of an operation ({@link RequestColumns}),
 * then records (RFC 4180 quoting, CRLF or LF, blank lines skipped). The header decides the
 * operation ({@link OperationChoice}) unless the file has an {@code operation_id} column.
 */
final class CsvRows {

  private final String name;
  private final Sink sink;
  private final CliMessages t;
  private final OperationChoice choice;
  private List<String> header;

  /** The operation of every row, when the header decides it; else null (an operation_id column). */
  private RequestColumns fileColumns;

  private int operationIdColumn = -1;
  private int rows;

  CsvRows(String name, Sink sink, CliMessages t, OperationChoice choice) {
    this.name = name;
    this.sink = sink;
    this.t = t;
    this.choice = choice;
  }

  void record(Record record) {
    if (header == null) {
      header(record);
      return;
    }
    if (record.fields().size() != header.size()) {
      sink.problem(
          new Problem(
              record.line(), t.get("csv.fieldCount", record.fields().size(), header.size())));
      return;
    }
    RequestColumns columns = fileColumns;
    Map<String, Object> cells = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      if (!record.fields().get(c).isEmpty()) {
        cells.put(header.get(c), record.fields().get(c));
      }
    }
    if (columns == null) {
      String operationId = record.fields().get(operationIdColumn).strip();
      OperationChoice.Resolution resolution =
          choice.resolve(cells.keySet(), operationId, "csv.unknownColumn");
      if (!resolution.chosen()) {
        resolution.problems().forEach(p -> sink.problem(new Problem(record.line(), p)));
        return;
      }
      columns = resolution.columns();
    }
    List<String> problems = new ArrayList<>();
    RowRequest request = RowRequest.of(columns, cells, problems, t);
    if (!problems.isEmpty()) {
      problems.forEach(p -> sink.problem(new Problem(record.line(), p)));
      return;
    }
    sink.row(new Row(rows++, record.line(), request));
  }

  private void header(Record record) {
    List<String> columns = new ArrayList<>();
    List<String> headerProblems = new ArrayList<>();
    for (String field : record.fields()) {
      String column = field.strip().toLowerCase(Locale.ROOT);
      if (columns.contains(column)) {
        headerProblems.add(t.get("csv.duplicateColumn", column));
      }
      columns.add(column);
    }
    operationIdColumn = columns.indexOf(RequestColumns.OPERATION_ID);
    if (operationIdColumn >= 0) {
      // each row names its operation: a column no operation takes is refused now
      for (String column : columns) {
        if (!choice.known(column)) {
          headerProblems.add(t.get("csv.unknownColumn", column, choice.expected()));
        }
      }
    } else {
      OperationChoice.Resolution resolution = choice.choose(columns, null, "csv.unknownColumn");
      headerProblems.addAll(resolution.problems());
      if (resolution.chosen()) {
        fileColumns = resolution.columns();
        for (String column : columns) {
          if (!fileColumns.accepts(column)) {
            headerProblems.add(
                t.get("csv.unknownColumn", column, String.join(", ", fileColumns.shown())));
          }
        }
        for (String missing : fileColumns.missing(columns)) {
          headerProblems.add(t.get("csv.missingColumn", missing));
        }
      }
    }
    if (!headerProblems.isEmpty()) {
      throw new CliException(
          ExitCodes.USAGE,
          t.get("csv.badHeader", name, record.line(), String.join("; ", headerProblems)));
    }
    this.header = columns;
  }

  /** One CSV record and the line it starts on. */
  private record Record(int line, List<String> fields) {}

  static void read(Utf8Chars chars, String name, Sink sink, CliMessages t, OperationChoice choice)
      throws IOException {
    CsvRows out = new CsvRows(name, sink, t, choice);
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
    if (header == null) {
      throw new CliException(ExitCodes.USAGE, t.get("csv.badHeader", name, line, problem));
    }
    sink.problem(new Problem(line, problem));
  }
}
