package dev.offerstatus.checks.doc;

import static dev.offerstatus.checks.doc.Differences.QUOTED;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.doc.OperationFacts.Body;
import dev.offerstatus.checks.doc.OperationFacts.NamedExample;
import dev.offerstatus.checks.doc.PageFacts.ErrorCode;
import dev.offerstatus.checks.doc.PageFacts.Field;
import dev.offerstatus.checks.doc.PageFacts.FieldScopes;
import dev.offerstatus.checks.doc.PageFacts.Table;
import dev.offerstatus.checks.doc.PageFacts.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page against one operation, area by area: the page's version, the field tables ({@link
 * FieldComparison}), the rules of its notes ({@link RuleComparison}), examples, error codes, rate
 * limits, scopes and field scopes.
 */
final class PageComparison {
  private static final List<String> WINDOWS =
      List.of("per-second", "per-minute", "per-hour", "per-day");

  private final PageFacts page;
  private final OperationFacts facts;
  private final Differences out;

  PageComparison(PageFacts page, OperationFacts facts, Differences out) {
    this.page = page;
    this.facts = facts;
    this.out = out;
  }

  void run() {
    upstreamVersion();
    FieldComparison fields = new FieldComparison(page, facts, out);
    fields.pathParameters();
    fields.queryParameters();
    fields.headers();
    fields.body("request field", page.requestBody(), facts.request());
    fields.body("response field", page.responseBody(), facts.response());
    new RuleComparison(page, facts, out).run();
    example("request", page.requestExample(), facts.request());
    example("response", page.responseExample(), facts.response());
    errorCodes();
    rateLimit();
    scopes();
    fieldScopes();
    fields.describedNowhere();
  }

  /**
   * The page's {@code last_remote_update} against the spec's {@code x-upstream-doc} for the same
   * {@code source_url} (on the operation, else on {@code info}): a newer page is a drift even when
   * every fact still agrees, until the spec records that it was checked against it.
   */
  private void upstreamVersion() {
    Value<String> url = page.frontMatter().get("source_url");
    Value<String> updated = page.frontMatter().get("last_remote_update");
    if (url == null || updated == null) {
      return;
    }
    String pointer = facts.pointer("x-upstream-doc");
    JsonNode declared = facts.extension("x-upstream-doc");
    if (!url.value().equals(declared.path("source_url").asText(null))) {
      pointer = "#/info/x-upstream-doc";
      declared = facts.spec().at(pointer);
    }
    if (!url.value().equals(declared.path("source_url").asText(null))) {
      return;
    }
    out.changedIfStated(
        updated.line(),
        pointer + "/last_remote_update",
        "last_remote_update",
        "the page",
        declared.path("last_remote_update").asText(null),
        updated.value(),
        QUOTED);
  }

  private void example(String what, Value<JsonNode> doc, Body body) {
    if (doc == null) {
      return;
    }
    List<NamedExample> spec = body.examples();
    if (spec.isEmpty()) {
      String media = body.mediaPointer() == null ? facts.pointer("") : body.mediaPointer();
      out.added(doc.line(), media + "/examples", what + " example: the spec has none");
      return;
    }
    NamedExample closest = null;
    String closestDifference = null;
    int fewest = Integer.MAX_VALUE;
    for (NamedExample example : spec) {
      if (example.value().equals(doc.value())) {
        return;
      }
      List<String> differences = new ArrayList<>();
      JsonDiff.differences("", example.value(), doc.value(), differences);
      if (differences.size() < fewest) {
        fewest = differences.size();
        closest = example;
        closestDifference = differences.get(0);
      }
    }
    out.changed(
        doc.line(),
        closest.pointer(),
        what
            + " example: no example of the spec equals the doc's; the closest, "
            + closest.name()
            + ", differs at "
            + closestDifference);
  }

  private void errorCodes() {
    Value<List<ErrorCode>> doc = page.errorCodes();
    if (doc == null) {
      return;
    }
    JsonNode declared = facts.extension("x-error-codes");
    String pointer = facts.pointer("x-error-codes");
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      index.put(String.valueOf(declared.get(i).path("code").asLong()), i);
    }
    Differences.match(
        doc.value(),
        code -> String.valueOf(code.code()),
        index,
        code ->
            out.added(
                code.line(),
                pointer,
                "error code " + code.code() + " with HTTP status " + code.httpStatus()),
        (code, i) -> {
          JsonNode entry = declared.get(i);
          String subject = "error code " + code.code();
          out.changedIfStated(
              code.line(),
              pointer + "/" + i + "/http-status",
              "HTTP status",
              subject,
              entry.path("http-status").asInt(),
              code.httpStatus(),
              Differences.PLAIN);
          String description = entry.path("description").asText(null);
          if (!code.description().isEmpty()
              && !Differences.sameText(description, code.description())) {
            out.changed(
                code.line(),
                pointer + "/" + i + "/description",
                "description",
                subject,
                QUOTED.apply(description),
                QUOTED.apply(code.description()));
          }
        },
        (code, i) -> out.removed(doc.line(), pointer + "/" + i, "error code " + code));
  }

  /** Window by window, in the order per-second, per-minute, per-hour, per-day. */
  private void rateLimit() {
    JsonNode declared = facts.extension("x-rate-limit");
    Value<Map<String, Integer>> doc = page.rateLimit();
    int line = doc == null ? page.method().line() : doc.line();
    Map<String, Integer> documented = doc == null ? Map.of() : doc.value();
    for (String window : WINDOWS) {
      Integer docLimit = documented.get(window);
      JsonNode specLimit = declared.get(window);
      String pointer = facts.pointer("x-rate-limit/" + window);
      String subject = "rate limit " + window;
      if (docLimit != null && specLimit == null) {
        out.added(line, facts.pointer("x-rate-limit"), subject + " of " + docLimit);
      } else if (docLimit == null && specLimit != null) {
        out.removed(line, pointer, subject + " of " + specLimit.asText());
      } else if (docLimit != null && specLimit.asInt() != docLimit) {
        out.changed(line, pointer, "", subject, specLimit.asText(), docLimit.toString());
      }
    }
  }

  private void scopes() {
    Value<List<String>> doc = page.scopes();
    if (doc == null) {
      return;
    }
    JsonNode declared = facts.extension("x-required-scopes");
    String pointer = facts.pointer("x-required-scopes");
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      index.putIfAbsent(declared.get(i).asText(), i);
    }
    Differences.match(
        doc.value(),
        scope -> scope,
        index,
        scope -> out.added(doc.line(), pointer, "required scope " + scope),
        (scope, i) -> {},
        (scope, i) -> out.removed(doc.line(), pointer + "/" + i, "required scope " + scope));
  }

  /** A 字段权限要求 statement with what it is about: a field path, or "parameter = value". */
  private record Statement(String subject, FieldScopes scopes) {}

  /**
   * The 字段权限要求 statements of fields and parameter values against {@code x-field-scopes}: which
   * fields (or parameter values) need which scopes, any one of them.
   */
  private void fieldScopes() {
    Map<String, Integer> lines = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    for (Table table : List.of(page.requestBody(), page.responseBody(), page.queryParameters())) {
      for (Field f : table.fields()) {
        lines.putIfAbsent(f.path(), f.line());
        for (FieldScopes s : f.fieldScopes()) {
          String subject = s.whenValue() == null ? f.path() : f.path() + " = " + s.whenValue();
          statements.add(new Statement(subject, s));
        }
      }
    }
    Differences.match(
        statements,
        Statement::subject,
        facts.fieldScopes(),
        s ->
            out.added(
                s.scopes().line(),
                facts.pointer("x-field-scopes"),
                "field scopes " + s.scopes().anyOf() + " of " + s.subject()),
        (s, rule) -> {
          if (!new HashSet<>(rule.anyOf()).equals(new HashSet<>(s.scopes().anyOf()))) {
            out.changed(
                s.scopes().line(),
                rule.pointer() + "/any-of",
                "field scopes",
                s.subject(),
                rule.anyOf().toString(),
                s.scopes().anyOf().toString());
          }
        },
        (subject, rule) -> {
          String field =
              subject.contains(" = ") ? subject.substring(0, subject.indexOf(" = ")) : subject;
          out.removed(
              lines.getOrDefault(field, page.method().line()),
              rule.pointer(),
              "field scopes of " + subject);
        });
  }
}
