package dev.offerstatus.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.offerstatus.rules.Violation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON request body a command reads ({@code validate --body}, {@code call --body}), read strictly
 * before the rules judge it: a key given twice (the last value would silently win) and half of a
 * surrogate pair (which no UTF-8 request can carry) are refused, exit 2.
 */
final class JsonBodies {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  static final ObjectReader STRICT =
      Console.JSON.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private JsonBodies() {}

  /**
   * The dotted path of the key a parse error found given twice ({@code offboarding_info.notes},
   * {@code ids[0].q}), or null when the error is another one.
   */
  static String duplicateKey(JsonProcessingException e) {
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
  static JsonNode parse(
      String json, String name, Contract contract, String operationId, Messages t) {
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
    String unicode = JsonLinesRows.notUnicode("", tree, t);
    if (unicode != null) {
      throw new CliException(ExitCodes.USAGE, t.get("body.notUnicode", name, unicode));
    }
    return tree;
  }
}
