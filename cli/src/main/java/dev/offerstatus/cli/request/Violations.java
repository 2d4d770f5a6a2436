package dev.offerstatus.cli.request;

import dev.offerstatus.cli.console.Console;
import dev.offerstatus.rules.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the rules' violations as {@code json.path: message}, or as JSON. */
public final class Violations {
  private Violations() {}

  /** {@code path: message}; the whole body (path "") shows as {@code (body)}. */
  public static String line(Violation v) {
    return (v.path().isEmpty() ? "(body)" : v.path()) + ": " + v.message();
  }

  static Map<String, Object> json(Violation v) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("path", v.path());
    doc.put("value", v.value());
    doc.put("rule", v.rule());
    doc.put("message", v.message());
    return doc;
  }

  public static void print(Console console, List<Violation> violations) {
    if (console.json) {
      List<Object> list = new ArrayList<>();
      violations.forEach(v -> list.add(json(v)));
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("valid", false);
      doc.put("violations", list);
      console.printJson(doc);
      return;
    }
    console.error(console.messages.get("violations.header", violations.size()));
    violations.forEach(v -> console.info(line(v)));
  }
}
