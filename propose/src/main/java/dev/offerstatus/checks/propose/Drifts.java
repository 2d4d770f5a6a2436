package dev.offerstatus.checks.propose;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.propose.Drift.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads check-doc's findings into {@link Drift}s. check-doc's report lines are its API (its tests
 * and ITs pin them exactly), so they are read here rather than changing what it returns.
 */
public final class Drifts {
  private static final String WHAT = "(request field|response field)";
  private static final List<Rule> RULES =
      List.of(
          rule(Kind.ENUM_VALUE_ADDED, "added enum value \"(.*)\" of " + WHAT + " (\\S+)", 3, 0, 1),
          rule(
              Kind.ENUM_VALUE_REMOVED,
              "removed enum value \"(.*)\" of " + WHAT + " (\\S+)",
              3,
              1,
              0),
          rule(Kind.FIELD_ADDED, "added " + WHAT + " (\\S+) \\((\\w+)(?:, (\\w+))?\\)", 2, 0, 3),
          rule(Kind.FIELD_REMOVED, "removed " + WHAT + " (\\S+)", 2, 0, 0),
          rule(
              Kind.REQUIRED_CHANGED,
              "changed " + WHAT + " (\\S+) from (optional|required) to (optional|required)",
              2,
              3,
              4),
          rule(Kind.RATE_LIMIT_CHANGED, "changed rate limit (\\S+) from (\\d+) to (\\d+)", 1, 2, 3),
          rule(Kind.RATE_LIMIT_ADDED, "added rate limit (\\S+) of (\\d+)", 1, 0, 2),
          rule(Kind.RATE_LIMIT_REMOVED, "removed rate limit (\\S+) of (\\d+)", 1, 2, 0),
          rule(Kind.ERROR_CODE_ADDED, "added error code (\\d+) with HTTP status (\\d+)", 1, 0, 2),
          rule(Kind.ERROR_CODE_REMOVED, "removed error code (\\d+)", 1, 0, 0),
          rule(
              Kind.ERROR_CODE_STATUS_CHANGED,
              "changed HTTP status of error code (\\d+) from (\\d+) to (\\d+)",
              1,
              2,
              3),
          rule(Kind.PATH_CHANGED, "changed path of .* from (\\S+) to (\\S+)", 1, 1, 2),
          rule(
              Kind.FIELD_EXAMPLE_CHANGED,
              "changed example of " + WHAT + " (\\S+) from \"(.*)\" to \"(.*)\"",
              2,
              3,
              4),
          rule(
              Kind.FIELD_EXAMPLE_CHANGED, "added example \"(.*)\" of " + WHAT + " (\\S+)", 3, 0, 1),
          rule(
              Kind.PARAMETER_EXAMPLE_CHANGED,
              "changed example of path parameter (\\S+) from (\\(none\\)|\".*\") to \"(.*)\"",
              1,
              2,
              3),
          rule(Kind.BODY_EXAMPLE_CHANGED, "changed (request|response) example: .*", 1, 0, 0),
          rule(
              Kind.LAST_REMOTE_UPDATE_CHANGED,
              "changed last_remote_update of the page from (\\(none\\)|\".*\") to \"(.*)\"",
              0,
              1,
              2));

  private Drifts() {}

  /** The drifts of a check-doc report; a line no rule reads is {@link Kind#JUDGEMENT}. */
  public static List<Drift> of(CheckReport report) {
    List<Drift> drifts = new ArrayList<>();
    for (Finding f : report.findings()) {
      drifts.add(of(f));
    }
    return drifts;
  }

  /** One finding as a drift. */
  public static Drift of(Finding f) {
    int colon = f.location().lastIndexOf(':');
    String page = colon < 0 ? f.location() : f.location().substring(0, colon);
    int line = 0;
    if (colon >= 0) {
      try {
        line = Integer.parseInt(f.location().substring(colon + 1));
      } catch (NumberFormatException e) {
        page = f.location();
      }
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(f.message());
      if (m.matches()) {
        return new Drift(
            rule.kind(),
            page,
            line,
            f.pointer(),
            group(m, rule.subject()),
            unquote(group(m, rule.oldGroup())),
            unquote(group(m, rule.newGroup())),
            f.message());
      }
    }
    return new Drift(Kind.JUDGEMENT, page, line, f.pointer(), null, null, null, f.message());
  }

  private static String group(Matcher m, int group) {
    return group == 0 ? null : m.group(group);
  }

  private static String unquote(String s) {
    if (s == null || s.equals("(none)")) {
      return null;
    }
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  private static Rule rule(Kind kind, String regex, int subject, int oldGroup, int newGroup) {
    return new Rule(kind, Pattern.compile(regex), subject, oldGroup, newGroup);
  }

  private record Rule(Kind kind, Pattern pattern, int subject, int oldGroup, int newGroup) {}
}
