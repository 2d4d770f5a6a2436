package dev.offerstatus.cli.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.UnicodeText;
import dev.offerstatus.rules.Violation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON request body a command reads ({@code validate --body}, {@code call --body}), read strictly
 * before the rules judge it: a key given twice (the last value would silently win) and half of a
 * surrogate pair (which no UTF-8 request can carry) are refused, exit 2.
 */
public final class JsonBodies {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  public static final ObjectReader STRICT =
      Console.JSON.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private JsonBodies() {}

  /**
   * The dotted path of the key a parse error found given twice ({@code offboarding_info.notes},
   * {@code ids[0].q}), or null when the error is another one.
   */
  public static String duplicateKey(JsonProcessingException e) {
    Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    if (!m.matches()) {
      return null;
    }
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return m.group(1);
    }
    StringBuilder path = new StringBuilder();
    for (String step : parser.getParsingContext().pathAsPointer().toString().split("/")) {
      if (step.isEmpty()) {
        continue;
      }
      if (step.chars().allMatch(Character::isDigit) && path.length() > 0) {
        path.append('[').append(step).append(']');
      } else {
        path.append(path.length() > 0 ? "." : "")
            .append(step.replace("~1", "/").replace("~0", "~"));
      }
    }
    return path.length() == 0 ? m.group(1) : path.toString();
  }

  /**
   * {@code json} (the body named {@code name}) as a tree.
   *
   * @param operationId an operation of {@code contract} with a body: its rules word a syntax error
   * @throws CliException exit 2 for text that is not JSON, a key given twice or half a surrogate
   *     pair
   */
  public static JsonNode parse(
      String json, String name, Contract contract, String operationId, CliMessages t) {
    JsonNode tree;
    try {
      tree = STRICT.readTree(json);
    } catch (JsonProcessingException e) {
      String twice = duplicateKey(e);
      if (twice != null) {
        throw new CliException(ExitCodes.USAGE, t.get("body.duplicateKey", name, twice));
      }
      String reason =
          contract.rules().validateJson(operationId, Map.of(), json, t.locale()).stream()
              .filter(v -> v.rule().equals("json"))
              .map(Violation::message)
              .findFirst()
              .orElse(String.valueOf(e.getOriginalMessage()));
      throw new CliException(ExitCodes.USAGE, t.get("validate.notJson", name, reason), e);
    }
    String unicode = notUnicode("", tree, t);
    if (unicode != null) {
      throw new CliException(ExitCodes.USAGE, t.get("body.notUnicode", name, unicode));
    }
    return tree;
  }

  /**
   * Why a key or a text value (at any depth) cannot be sent, or null: a JSON escape can name half
   * of a surrogate pair ({@code "12\}{@code ud800"}), which no UTF-8 request can carry (it went out
   * as {@code 12?}, percent-encoded {@code 12%3F}: another offer).
   */
  public static String notUnicode(String path, JsonNode value, CliMessages t) {
    if (value.isTextual()) {
      String text = value.textValue();
      int at = UnicodeText.unpairedSurrogate(text);
      return at < 0
          ? null
          : t.get("text.unpaired", path, UnicodeText.escape(text.charAt(at)), at + 1);
    }
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        String key = field.getKey();
        int at = UnicodeText.unpairedSurrogate(key);
        if (at >= 0) {
          return t.get("text.unpairedKey", UnicodeText.escape(key.charAt(at)), at + 1);
        }
        String inner = notUnicode(path.isEmpty() ? key : path + "." + key, field.getValue(), t);
        if (inner != null) {
          return inner;
        }
      }
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        String inner = notUnicode(path + "[" + i + "]", value.get(i), t);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }
}
