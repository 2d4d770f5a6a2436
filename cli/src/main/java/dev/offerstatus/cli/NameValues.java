package dev.offerstatus.cli;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Repeated {@code NAME=VALUE} options ({@code --param}, {@code --field}), in order. */
final class NameValues {
  private NameValues() {}

  /**
   * The options as a map.
   *
   * @throws CliException exit 2 for an option without {@code =} or a name given twice
   */
  static Map<String, String> parse(String option, List<String> values, CliMessages t) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String value : values) {
      int equals = value.indexOf('=');
      if (equals < 1) {
        throw new CliException(ExitCodes.USAGE, t.get("option.nameValue", option, value));
      }
      String name = value.substring(0, equals);
      if (parsed.put(name, value.substring(equals + 1)) != null) {
        throw new CliException(ExitCodes.USAGE, t.get("option.twice", option, name));
      }
    }
    return parsed;
  }
}
