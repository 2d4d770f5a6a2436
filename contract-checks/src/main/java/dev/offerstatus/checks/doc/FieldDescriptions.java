package dev.offerstatus.checks.doc;

import static dev.offerstatus.checks.doc.FeishuProse.FIELD_SCOPES;
import static dev.offerstatus.checks.doc.FeishuProse.MAXIMUM;
import static dev.offerstatus.checks.doc.FeishuProse.SCOPE;
import static dev.offerstatus.checks.doc.FeishuProse.indexOfColon;
import static dev.offerstatus.checks.doc.FeishuProse.label;
import static dev.offerstatus.checks.doc.FeishuProse.unquote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.checks.doc.PageFacts.EnumValue;
import dev.offerstatus.checks.doc.PageFacts.Field;
import dev.offerstatus.checks.doc.PageFacts.FieldScopes;
import dev.offerstatus.checks.doc.PageFacts.Value;
import dev.offerstatus.checks.doc.PageSections.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a field table's description cell: its first line, the labelled lines (示例值, 值格式, 固定值, 默认值,
 * 注意, 最大长度), the 可选值有 entries (a long description may wrap onto the next line) and the 字段权限要求
 * statements with their scopes, one per line.
 */
final class FieldDescriptions {
  private FieldDescriptions() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * An array example ({@code ["6891560630172518670"]}) as compact JSON, so that it compares with
   * the spec's array example however it is spaced; any other text as it is.
   */
  static String compactArray(String example) {
    if (!example.startsWith("[")) {
      return example;
    }
    try {
      JsonNode array = JSON.readTree(example);
      return array != null && array.isArray() ? array.toString() : example;
    } catch (JsonProcessingException e) {
      return example;
    }
  }

  /** One row of a field table, from its name, type, 必填 and description cells. */
  static Field field(
      String path, String type, Boolean required, List<Segment> description, int line) {
    String text = "";
    String example = null;
    String format = null;
    String fixed = null;
    String defaultValue = null;
    Long maxLength = null;
    List<EnumValue> enums = new ArrayList<>();
    List<Value<String>> notes = new ArrayList<>();
    List<FieldScopes> fieldScopes = new ArrayList<>();
    boolean inEnum = false;
    for (int i = 0; i < description.size(); i++) {
      Segment s = description.get(i);
      if (i == 0 && label(s.text()) == null) {
        text = s.text();
        continue;
      }
      String t = s.text();
      Matcher scopesHeading = FIELD_SCOPES.matcher(t);
      if (scopesHeading.matches()) {
        // the scopes follow, one per line: "获取 offer 信息(hire:offer:readonly)"
        List<String> anyOf = new ArrayList<>();
        while (i + 1 < description.size()) {
          Matcher scope = SCOPE.matcher(description.get(i + 1).text());
          if (label(description.get(i + 1).text()) != null || !scope.find()) {
            break;
          }
          anyOf.add(scope.group(1));
          i++;
        }
        fieldScopes.add(new FieldScopes(scopesHeading.group(1), anyOf, s.line()));
        inEnum = false;
        continue;
      }
      if (t.startsWith("- ") && inEnum) {
        String entry = t.substring(2).strip();
        int colon = indexOfColon(entry);
        enums.add(
            colon < 0
                ? new EnumValue(entry, "", s.line())
                : new EnumValue(
                    entry.substring(0, colon).strip(),
                    entry.substring(colon + 1).strip(),
                    s.line()));
        continue;
      }
      String label = label(t);
      if (inEnum && label == null && !enums.isEmpty() && !t.endsWith("：") && !t.endsWith(":")) {
        // a long enum description wrapped onto the next line
        EnumValue last = enums.remove(enums.size() - 1);
        enums.add(new EnumValue(last.value(), last.description() + t, last.line()));
        continue;
      }
      inEnum = false;
      String rest = label == null ? t : t.substring(indexOfColon(t) + 1).strip();
      if ("示例值".equals(label)) {
        example = compactArray(unquote(rest));
      } else if ("值格式".equals(label)) {
        format = unquote(rest);
      } else if ("固定值".equals(label)) {
        fixed = unquote(rest);
      } else if ("默认值".equals(label)) {
        defaultValue = unquote(rest);
      } else if ("最大长度".equals(label)) {
        // "最大长度：50", or the number alone on the next line
        String number = rest;
        if (number.isEmpty() && i + 1 < description.size()) {
          number = description.get(i + 1).text().strip();
          if (number.matches("\\d+")) {
            i++;
          }
        }
        maxLength = number.matches("\\d+") ? Long.valueOf(number) : null;
      } else if ("可选值有".equals(label)) {
        inEnum = true;
      } else if ("注意".equals(label)) {
        notes.add(new Value<>(rest, s.line()));
      }
    }
    Matcher max = MAXIMUM.matcher(text);
    Long maximum = max.find() ? Long.valueOf(max.group(1)) : null;
    return new Field(
        path,
        type,
        required,
        text,
        example,
        format,
        fixed,
        defaultValue,
        maximum,
        maxLength,
        enums,
        notes,
        fieldScopes,
        line);
  }
}
