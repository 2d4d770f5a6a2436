package dev.offerstatus.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.offerstatus.cli.batch.BatchFile.Problem;
import dev.offerstatus.cli.batch.BatchFile.Row;
import dev.offerstatus.cli.batch.BatchFile.Sink;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.request.JsonBodies;
import dev.offerstatus.cli.request.OperationChoice;
import dev.offerstatus.cli.request.RequestColumns;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.cli.request.Utf8Chars;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON Lines batch files: one object a line, whose keys name an operation's parameters and
 * fields ({@link RequestColumns}) and, optionally, the operation ({@code operation_id}).
 */
final class JsonLinesRows {
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected (?:character \\('(.+?)' \\(code \\d+|close marker '(.)')");

  /**
   * Text after a line's object is an error, not silently dropped; so is a key given twice (the last
   * value would silently win).
   */
  private static final ObjectReader ONE_JSON_VALUE =
      JsonBodies.STRICT.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLinesRows() {}

  /** The CLI's own words for a JSON syntax error: the column and what was wrong there. */
  private static String notJson(JsonProcessingException e, CliMessages t) {
    int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Unexpected end-of-input")) {
      return t.get("jsonl.endOfInput", column);
    }
    if (original.contains("Trailing token")) {
      return t.get("jsonl.trailing", column);
    }
    String twice = JsonBodies.duplicateKey(e);
    if (twice != null) {
      return t.get("jsonl.duplicateKey", twice);
    }
    Matcher unexpected = UNEXPECTED_CHARACTER.matcher(original);
    if (unexpected.lookingAt()) {
      String character = unexpected.group(1) != null ? unexpected.group(1) : unexpected.group(2);
      return t.get("jsonl.unexpectedCharacter", column, character);
    }
    return t.get("jsonl.invalid", column);
  }

  static void read(Utf8Chars chars, Sink sink, CliMessages t, OperationChoice choice)
      throws IOException {
    StringBuilder text = new StringBuilder();
    int line = 0;
    int rows = 0;
    while (true) {
      text.setLength(0);
      boolean tooLong = false;
      int c;
      while ((c = chars.next()) >= 0 && c != '\n') {
        if (text.length() <= BatchFile.MAX_ROW_CHARS) {
          text.append((char) c);
        } else {
          tooLong = true; // read to the line's end without keeping it
        }
      }
      if (c < 0 && text.length() == 0) {
        return;
      }
      line++;
      if (!tooLong && text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
        text.setLength(text.length() - 1);
      }
      if (tooLong || text.length() > BatchFile.MAX_ROW_CHARS) {
        text.setLength(0);
        text.trimToSize();
        sink.problem(new Problem(line, t.get("batch.rowTooLong", BatchFile.MAX_ROW_CHARS)));
        continue;
      }
      String json = text.toString();
      if (!json.isBlank()) {
        Row row = jsonRow(json, line, rows, sink, t, choice);
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

  private static Row jsonRow(
      String json, int line, int index, Sink sink, CliMessages t, OperationChoice choice) {
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
    String unicode = JsonBodies.notUnicode("", node, t);
    if (unicode != null) {
      sink.problem(new Problem(line, unicode));
      return null;
    }
    Map<String, Object> cells = new LinkedHashMap<>();
    node.properties().forEach(field -> cells.put(field.getKey(), field.getValue()));
    JsonNode operationId = node.get(RequestColumns.OPERATION_ID);
    if (operationId != null && !operationId.isNull() && !operationId.isTextual()) {
      sink.problem(
          new Problem(line, t.get("jsonl.notString", RequestColumns.OPERATION_ID, operationId)));
      return null;
    }
    OperationChoice.Resolution resolution =
        choice.resolve(
            cells.keySet(),
            operationId == null || operationId.isNull() ? null : operationId.textValue(),
            "jsonl.unknownKey");
    if (!resolution.chosen()) {
      resolution.problems().forEach(p -> sink.problem(new Problem(line, p)));
      return null;
    }
    List<String> problems = new ArrayList<>();
    RowRequest request = RowRequest.of(resolution.columns(), cells, problems, t);
    if (!problems.isEmpty()) {
      problems.forEach(p -> sink.problem(new Problem(line, p)));
      return null;
    }
    return new Row(index, line, request);
  }
}
