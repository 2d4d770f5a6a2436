package dev.offerstatus.checks.doc;

import dev.offerstatus.checks.doc.FeishuProse.LaterThan;
import dev.offerstatus.checks.doc.FeishuProse.NoteRule;
import dev.offerstatus.checks.doc.FeishuProse.RequiredWhen;
import dev.offerstatus.checks.doc.OperationFacts.Rule;
import dev.offerstatus.checks.doc.PageFacts.EnumValue;
import dev.offerstatus.checks.doc.PageFacts.Field;
import dev.offerstatus.checks.doc.PageFacts.Table;
import dev.offerstatus.checks.doc.PageFacts.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules the request fields' 注意 notes state (read by {@link FeishuProse#rule}) against the
 * request's {@code x-contract-rules} of kind {@code required-when} and {@code date-after}.
 */
final class RuleComparison {
  private final PageFacts page;
  private final OperationFacts facts;
  private final Differences out;
  private final Set<Rule> stated = new HashSet<>();
  private final String rulesPointer;

  RuleComparison(PageFacts page, OperationFacts facts, Differences out) {
    this.page = page;
    this.facts = facts;
    this.out = out;
    String schema = facts.request().schemaPointer();
    this.rulesPointer = (schema == null ? "#" : schema) + "/x-contract-rules";
  }

  void run() {
    Table table = page.requestBody();
    if (table.line() == 0) {
      return;
    }
    for (Field f : table.fields()) {
      for (Value<String> note : f.notes()) {
        NoteRule rule = FeishuProse.rule(note.value());
        if (rule instanceof RequiredWhen when) {
          requiredWhen(f, note, when);
        } else if (rule instanceof LaterThan later) {
          dateAfter(f, note, later.earlier());
        }
      }
    }
    for (Rule rule : facts.rules()) {
      if (stated.contains(rule)
          || !(rule.kind().equals("required-when") || rule.kind().equals("date-after"))) {
        continue;
      }
      int line =
          table.fields().stream()
              .filter(f -> f.path().equals(rule.field()))
              .mapToInt(Field::line)
              .findFirst()
              .orElse(table.line());
      out.removed(line, rule.pointer(), "rule " + rule.id() + ": the doc no longer states it");
    }
  }

  /**
   * The note states the rule: as declared, or with {@code member} changed from one text to another.
   */
  private void stated(Value<String> note, Rule rule, String member, String from, String to) {
    stated.add(rule);
    if (!from.equals(to)) {
      out.changed(note.line(), rule.pointer() + "/" + member, "", "rule " + rule.id(), from, to);
    }
  }

  /** The rules of {@code kind} about the field. */
  private List<Rule> rules(String kind, Field f) {
    return facts.rules().stream()
        .filter(r -> r.kind().equals(kind) && r.field().equals(f.path()))
        .toList();
  }

  private void requiredWhen(Field f, Value<String> note, RequiredWhen written) {
    String whenName = written.whenName();
    RequiredWhen when = new RequiredWhen(whenName, byLabel(whenName, written.values()));
    for (Rule rule : rules("required-when", f)) {
      if (rule.whenField() != null
          && (rule.whenField().equals(whenName) || rule.whenField().endsWith("." + whenName))) {
        if (new LinkedHashSet<>(rule.whenValues()).equals(new LinkedHashSet<>(when.values()))) {
          stated.add(rule);
          return;
        }
        if (!stated.contains(rule)) {
          stated(
              note,
              rule,
              "when",
              whenName + " in " + rule.whenValues(),
              whenName + " in " + when.values());
          return;
        }
      }
    }
    out.added(
        note.line(),
        rulesPointer,
        "rule: request field "
            + f.path()
            + " is required when "
            + whenName
            + " is "
            + String.join(" or ", when.values()));
  }

  /**
   * The values a note names, each a value of the field's 可选值有 list or, when it names an entry by
   * its description ("「Offer 已发送」"), that entry's value ("6").
   */
  private List<String> byLabel(String whenName, List<String> named) {
    List<EnumValue> enumValues =
        page.requestBody().fields().stream()
            .filter(o -> o.path().equals(whenName) || o.path().endsWith("." + whenName))
            .findFirst()
            .map(Field::enumValues)
            .orElse(List.of());
    List<String> values = new ArrayList<>();
    for (String value : named) {
      values.add(
          enumValues.stream().anyMatch(e -> e.value().equals(value))
              ? value
              : enumValues.stream()
                  .filter(e -> e.description().equals(value))
                  .map(EnumValue::value)
                  .findFirst()
                  .orElse(value));
    }
    return values;
  }

  private void dateAfter(Field f, Value<String> note, String earlierText) {
    String earlier =
        page.requestBody().fields().stream()
            .filter(o -> o.description().equals(earlierText))
            .map(Field::path)
            .findFirst()
            .orElse(earlierText);
    List<Rule> declared = rules("date-after", f);
    if (!declared.isEmpty()) {
      Rule rule = declared.get(0);
      stated(note, rule, "after", "after " + rule.after(), "after " + earlier);
      return;
    }
    out.added(
        note.line(),
        rulesPointer,
        "rule: request field " + f.path() + " must be later than " + earlier);
  }
}
