package dev.offerstatus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.offerstatus.cli.BatchFile.Problem;
import dev.offerstatus.cli.BatchFile.Row;
import dev.offerstatus.cli.BatchFile.Sink;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON Lines batch files: one object a line, keys from {@link BatchFile#BatchFile.COLUMNS}.
 */
final class JsonLinesRows {
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected (?:character \\('(.+?)' \\(code \\d+|close marker '(.)')");

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  /**
   * Text after a line's object is an error, not silently dropped; so is a key given twice (the last
   * value would silently win).
   */
  private static final ObjectReader ONE_JSON_VALUE =
      Console.JSON
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private JsonLinesRows() {}

  /** The CLI's own words for a JSON syntax error: the column and what was wrong there. */
  private static String notJson(JsonProcessingException e, Messages t) {
    int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Unexpected end-of-input")) {
      return t.get("jsonl.endOfInput", column);
    }
    if (original.contains("Trailing token")) {
      return t.get("jsonl.trailing", column);
    }
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.matches()) {
      return t.get("jsonl.duplicateKey", duplicate.group(1));
    }
    Matcher unexpected = UNEXPECTED_CHARACTER.matcher(original);
    if (unexpected.lookingAt()) {
      String character = unexpected.group(1) != null ? unexpected.group(1) : unexpected.group(2);
      return t.get("jsonl.unexpectedCharacter", column, character);
    }
    return t.get("jsonl.invalid", column);
  }

  static void read(Utf8Chars chars, Sink sink, Messages t) throws IOException {
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

  private static Row jsonRow(String json, int line, int index, Sink sink, Messages t) {
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
    String[] values = new String[BatchFile.COLUMNS.size()];
    boolean ok = true;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String unicode = notUnicode(field.getKey(), field.getValue(), t);
      if (unicode != null) {
        sink.problem(new Problem(line, unicode));
        ok = false;
        continue;
      }
      int column = BatchFile.COLUMNS.indexOf(field.getKey());
      if (column < 0) {
        sink.problem(
            new Problem(
                line,
                t.get("jsonl.unknownKey", field.getKey(), String.join(", ", BatchFile.COLUMNS))));
        ok = false;
      } else if (field.getValue().isTextual()) {
        values[column] = field.getValue().textValue();
      } else if (!field.getValue().isNull()) {
        sink.problem(new Problem(line, t.get("jsonl.notString", field.getKey(), field.getValue())));
        ok = false;
      }
    }
    return ok ? new Row(index, line, BatchFile.request(values)) : null;
  }

  /**
   * Why a key or its text value cannot be sent, or null: a JSON escape can name half of a surrogate
   * pair ({@code "12\}{@code ud800"}), which no UTF-8 request can carry (it went out as {@code
   * 12?}, percent-encoded {@code 12%3F}: another offer).
   */
  static String notUnicode(String key, JsonNode value, Messages t) {
    int at = UnicodeText.unpairedSurrogate(key);
    if (at >= 0) {
      return t.get("text.unpairedKey", UnicodeText.escape(key.charAt(at)), at + 1);
    }
    if (value.isTextual()) {
      String text = value.textValue();
      at = UnicodeText.unpairedSurrogate(text);
      if (at >= 0) {
        return t.get("text.unpaired", key, UnicodeText.escape(text.charAt(at)), at + 1);
      }
    }
    return null;
  }
}
