package dev.offerstatus.checks.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese prose of Feishu's API doc pages that states facts: rate limits ("1000 次/分钟、50 次/秒"),
 * scopes ("获取 offer 信息(hire:offer:readonly)"), the labels of a field's description (示例值, 可选值有,
 * ...), maxima ("最大为 200"), field-scope headings (字段权限要求) and the rules of 注意 notes ("当 operation 为
 * confirm_onboarding 时，该字段必填", "实际离职日期需晚于实际入职日期"). The parser and check-doc read the pages' wording
 * only through it.
 */
final class FeishuProse {
  /** {@code N 次/秒}, {@code N 次/分钟}, ...: the limit and the window's word. */
  static final Pattern RATE = Pattern.compile("(\\d+)\\s*次\\s*/\\s*(秒|分钟|小时|天)");

  /** The rate window's word as the spec's {@code x-rate-limit} key. */
  static final Map<String, String> RATE_WINDOWS =
      Map.of("秒", "per-second", "分钟", "per-minute", "小时", "per-hour", "天", "per-day");

  /** A scope in parentheses after its title. */
  static final Pattern SCOPE = Pattern.compile("[(（]([A-Za-z0-9_.:\\-]+)[)）]");

  /** A 字段权限要求 heading, optionally about one parameter value ("当值为 `user_id`，..."). */
  static final Pattern FIELD_SCOPES =
      Pattern.compile("^(?:当值为\\s*(\\S+?)\\s*[，,]\\s*)?字段权限要求.*[：:]$");

  /** The largest value a description allows. */
  static final Pattern MAXIMUM = Pattern.compile("最大(?:值)?(?:为|是)?\\s*(\\d+)");

  /** The labels of a field description's lines. */
  static final Set<String> LABELS =
      Set.of("示例值", "值格式", "固定值", "可选值有", "注意", "默认值", "数据校验规则", "最大长度");

  private static final Pattern REQUIRED_WHEN =
      Pattern.compile("当\\s*(?:请求参数\\s*)?(\\S+)\\s*为\\s*(.+?)\\s*时\\s*[，,]?\\s*(?:该字段)?必填");
  private static final Pattern LATER_THAN = Pattern.compile("(.+?)需晚于(.+?)[。.]?$");
  private static final Pattern VALUE_SEPARATOR = Pattern.compile("\\s*(?:或|、|,|，|/)\\s*");

  private FeishuProse() {}

  /** A rule a 注意 note states. */
  sealed interface NoteRule permits RequiredWhen, LaterThan {}

  /**
   * "当 {@code whenName} 为 {@code values} 时，该字段必填" (or "当请求参数 {@code whenName} 为「label」时必填"): the
   * field is required when another field has one of the values, each named as written (a value or
   * its label, without quotes or 「」).
   */
  record RequiredWhen(String whenName, List<String> values) implements NoteRule {}

  /** "…需晚于 {@code earlier}": the field's date is later than the field described as earlier. */
  record LaterThan(String earlier) implements NoteRule {}

  /** The rule a note states, or null when it states none this check reads. */
  static NoteRule rule(String note) {
    Matcher required = REQUIRED_WHEN.matcher(note);
    if (required.find()) {
      return new RequiredWhen(required.group(1), values(required.group(2)));
    }
    Matcher later = LATER_THAN.matcher(note);
    return later.find() ? new LaterThan(later.group(2).strip()) : null;
  }

  private static List<String> values(String text) {
    List<String> values = new ArrayList<>();
    for (String v : VALUE_SEPARATOR.split(text.strip())) {
      if (!v.isBlank()) {
        values.add(v.replace("`", "").replace("\"", "").replace("「", "").replace("」", "").strip());
      }
    }
    return values;
  }

  /** The label of a description line ("示例值：…" → 示例值), or null when it has none. */
  static String label(String text) {
    int colon = indexOfColon(text);
    String label = colon <= 0 ? null : text.substring(0, colon).strip();
    return label != null && LABELS.contains(label) ? label : null;
  }

  /** The first full-width or half-width colon, or -1. */
  static int indexOfColon(String text) {
    int full = text.indexOf('：');
    int half = text.indexOf(':');
    if (full < 0) {
      return half;
    }
    return half < 0 ? full : Math.min(full, half);
  }

  /** The text without the straight or curly double quotes around it. */
  static String unquote(String text) {
    String t = text.strip();
    if (t.length() >= 2
        && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }
}
