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
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.DeclaredList;
import dev.offerstatus.spec.DeclaredRateLimit;
import dev.offerstatus.spec.UpstreamDoc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    Optional<UpstreamDoc> declared =
        facts
            .operation()
            .upstreamDoc()
            .filter(doc -> doc.sourceUrl().equals(url.value()))
            .or(
                () ->
                    facts.model().upstreamDoc().filter(doc -> doc.sourceUrl().equals(url.value())));
    declared.ifPresent(
        doc ->
            out.changedIfStated(
                updated.line(),
                doc.pointer() + "/last_remote_update",
                "last_remote_update",
                "the page",
                doc.lastRemoteUpdate(),
                updated.value(),
                QUOTED));
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
    String pointer = facts.pointer("x-error-codes");
    Map<String, DeclaredErrorCode> index = new LinkedHashMap<>();
    facts.operation().errorCodes().forEach(c -> index.put(String.valueOf(c.code()), c));
    Differences.match(
        doc.value(),
        code -> String.valueOf(code.code()),
        index,
        code ->
            out.added(
                code.line(),
                pointer,
                "error code " + code.code() + " with HTTP status " + code.httpStatus()),
        (code, declared) -> {
          String subject = "error code " + code.code();
          out.changedIfStated(
              code.line(),
              declared.pointer() + "/http-status",
              "HTTP status",
              subject,
              declared.httpStatus(),
              code.httpStatus(),
              Differences.PLAIN);
          String description = declared.description();
          if (!code.description().isEmpty()
              && !Differences.sameText(description, code.description())) {
            out.changed(
                code.line(),
                declared.pointer() + "/description",
                "description",
                subject,
                QUOTED.apply(description),
                QUOTED.apply(code.description()));
          }
        },
        (code, declared) -> out.removed(doc.line(), declared.pointer(), "error code " + code));
  }

  /** Window by window, in the order per-second, per-minute, per-hour, per-day. */
  private void rateLimit() {
    Map<String, DeclaredRateLimit.Window> declared = new LinkedHashMap<>();
    facts
        .operation()
        .rateLimit()
        .ifPresent(limit -> limit.windows().forEach(w -> declared.put(w.key(), w)));
    Value<Map<String, Integer>> doc = page.rateLimit();
    int line = doc == null ? page.method().line() : doc.line();
    Map<String, Integer> documented = doc == null ? Map.of() : doc.value();
    for (String window : WINDOWS) {
      Integer docLimit = documented.get(window);
      DeclaredRateLimit.Window specLimit = declared.get(window);
      String subject = "rate limit " + window;
      if (docLimit != null && specLimit == null) {
        out.added(line, facts.pointer("x-rate-limit"), subject + " of " + docLimit);
      } else if (docLimit == null && specLimit != null) {
        out.removed(line, specLimit.pointer(), subject + " of " + specLimit.limit());
      } else if (docLimit != null && specLimit.limit() != docLimit) {
        out.changed(
            line,
            specLimit.pointer(),
            "",
            subject,
            String.valueOf(specLimit.limit()),
            docLimit.toString());
      }
    }
  }

  private void scopes() {
    Value<List<String>> doc = page.scopes();
    if (doc == null) {
      return;
    }
    DeclaredList declared = facts.operation().scopes();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < declared.values().size(); i++) {
      index.putIfAbsent(declared.values().get(i), i);
    }
    Differences.match(
        doc.value(),
        scope -> scope,
        index,
        scope -> out.added(doc.line(), declared.pointer(), "required scope " + scope),
        (scope, i) -> {},
        (scope, i) -> out.removed(doc.line(), declared.pointer(i), "required scope " + scope));
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
