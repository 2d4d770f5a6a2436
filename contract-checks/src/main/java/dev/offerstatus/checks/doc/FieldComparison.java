package dev.offerstatus.checks.doc;

import static dev.offerstatus.checks.doc.Differences.PLAIN;
import static dev.offerstatus.checks.doc.Differences.QUOTED;
import static dev.offerstatus.checks.doc.Differences.optionality;

import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.Differences.Difference;
import dev.offerstatus.checks.doc.OperationFacts.Body;
import dev.offerstatus.checks.doc.OperationFacts.SchemaField;
import dev.offerstatus.checks.doc.PageFacts.EnumValue;
import dev.offerstatus.checks.doc.PageFacts.Field;
import dev.offerstatus.checks.doc.PageFacts.Table;
import dev.offerstatus.spec.RequiredHeader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The page's field tables against the operation: path and query parameters, required headers and
 * the request and response body fields at any depth, each with its type, optionality, format,
 * default, maximum, example and enum values.
 */
final class FieldComparison {
  private final PageFacts page;
  private final OperationFacts facts;
  private final Differences out;

  /**
   * Enum descriptions by area, schema pointer and value. A schema used at several places of a page
   * (base_city for both city and state) may be described a little differently at each; the spec
   * holds one description, so a difference is reported only when no place on the page states the
   * spec's.
   */
  private final Set<String> described = new HashSet<>();

  private final Map<String, Difference> pending = new LinkedHashMap<>();

  FieldComparison(PageFacts page, OperationFacts facts, Differences out) {
    this.page = page;
    this.facts = facts;
    this.out = out;
  }

  void pathParameters() {
    Table table = page.pathParameters();
    Differences.match(
        table.fields(),
        Field::path,
        facts.pathParameters(),
        f -> out.added(f.line(), facts.pointer("parameters"), "path parameter " + f.path()),
        (f, p) -> {
          String name = "path parameter " + f.path();
          if (!p.type().isEmpty()) {
            out.changedIfStated(
                f.line(),
                p.pointer() + "/schema/type",
                "type",
                name,
                p.type(),
                f.jsonType(),
                PLAIN);
          }
          out.changedIfStated(
              f.line(), p.pointer(), "example", name, p.example(), f.example(), QUOTED);
        },
        (name, p) -> {
          if (table.line() > 0) {
            out.removed(table.line(), p.pointer(), "path parameter " + name);
          }
        });
  }

  void queryParameters() {
    Table table = page.queryParameters();
    int removedAt = table.line() > 0 ? table.line() : page.method().line();
    Differences.match(
        table.fields(),
        Field::path,
        facts.queryParameters(),
        f ->
            out.added(
                f.line(),
                facts.pointer("parameters"),
                "query parameter "
                    + f.path()
                    + " ("
                    + f.jsonType()
                    + (Boolean.TRUE.equals(f.required()) ? ", required" : ", optional")
                    + ")"),
        (f, p) -> {
          String name = "query parameter " + f.path();
          int line = f.line();
          typeAndOptionality(name, f, p.type(), p.schemaPointer(), p.required(), p.pointer());
          if (!Objects.equals(p.defaultValue(), f.defaultValue())) {
            out.changed(
                line,
                p.schemaPointer() + "/default",
                "default",
                name,
                QUOTED.apply(p.defaultValue()),
                QUOTED.apply(f.defaultValue()));
          }
          if (!Objects.equals(p.maximum(), f.maximum())) {
            out.changed(
                line,
                p.schemaPointer() + "/maximum",
                "maximum",
                name,
                PLAIN.apply(p.maximum()),
                PLAIN.apply(f.maximum()));
          }
          out.changedIfStated(
              line, p.pointer() + "/example", "example", name, p.example(), f.example(), QUOTED);
          enums(name, f, p.enumValues(), p.enumDescriptions(), p.schemaPointer());
        },
        (name, p) -> out.removed(removedAt, p.pointer(), "query parameter " + name));
  }

  void headers() {
    Table table = page.headers();
    if (table.line() == 0) {
      return;
    }
    String pointer = facts.pointer("x-required-headers");
    Map<String, RequiredHeader> values = new LinkedHashMap<>();
    facts.operation().requiredHeaders().forEach(h -> values.put(h.name(), h));
    Differences.match(
        table.fields().stream().filter(f -> !Boolean.FALSE.equals(f.required())).toList(),
        Field::path,
        values,
        f -> out.added(f.line(), pointer, "required header " + f.path()),
        (f, header) ->
            out.changedIfStated(
                f.line(),
                header.pointer(),
                "value",
                "header " + f.path(),
                header.value(),
                f.fixedValue(),
                QUOTED),
        (name, header) -> out.removed(table.line(), header.pointer(), "required header " + name));
  }

  /** A body's field table ({@code what}: request field, response field) against its schema. */
  void body(String what, Table table, Body body) {
    if (table.line() == 0) {
      return;
    }
    Map<String, SchemaField> spec = body.fields();
    Differences.match(
        table.fields(),
        Field::path,
        spec,
        f ->
            out.added(
                f.line(), parentPointer(f.path(), spec, body.schemaPointer()), added(what, f)),
        (f, s) -> field(what + " " + f.path(), f, s),
        (path, s) -> out.removed(table.line(), s.pointer(), what + " " + path));
  }

  private static String added(String what, Field f) {
    String required =
        f.required() == null ? "" : Boolean.TRUE.equals(f.required()) ? ", required" : ", optional";
    return what + " " + f.path() + " (" + f.jsonType() + required + ")";
  }

  private static String parentPointer(String path, Map<String, SchemaField> spec, String root) {
    int dot = path.lastIndexOf('.');
    if (dot < 0) {
      return (root == null ? "#" : root) + "/properties";
    }
    SchemaField parent = spec.get(path.substring(0, dot));
    return parent == null
        ? parentPointer(path.substring(0, dot), spec, root)
        : parent.schemaPointer() + "/properties";
  }

  private void field(String name, Field f, SchemaField s) {
    int line = f.line();
    typeAndOptionality(name, f, s.type(), s.schemaPointer(), s.required(), s.parentPointer());
    format(name, f, s);
    if (s.example() == null && f.example() != null) {
      out.added(
          line,
          s.schemaPointer() + "/example",
          "example " + QUOTED.apply(f.example()) + " of " + name);
    } else {
      out.changedIfStated(
          line, s.schemaPointer() + "/example", "example", name, s.example(), f.example(), QUOTED);
    }
    if (!Objects.equals(s.maxLength() == null ? null : s.maxLength().longValue(), f.maxLength())) {
      out.changed(
          line,
          s.schemaPointer() + ("array".equals(s.type()) ? "/maxItems" : "/maxLength"),
          "maximum length",
          name,
          PLAIN.apply(s.maxLength()),
          PLAIN.apply(f.maxLength()));
    }
    enums(name, f, s.enumValues(), s.enumDescriptions(), s.schemaPointer());
  }

  /**
   * The JSON type (when the spec declares one) and the 必填 flag (when the doc states one) of a
   * parameter or field; {@code requiredHolder} is where its {@code required} is declared.
   */
  private void typeAndOptionality(
      String name,
      Field f,
      String specType,
      String schemaPointer,
      boolean specRequired,
      String requiredHolder) {
    if (!specType.isEmpty()) {
      out.changedIfStated(
          f.line(), schemaPointer + "/type", "type", name, specType, f.jsonType(), PLAIN);
    }
    out.changedIfStated(
        f.line(),
        requiredHolder + "/required",
        "",
        name,
        optionality(specRequired),
        optionality(f.required()),
        PLAIN);
  }

  /**
   * The doc's 值格式 against the spec's {@code format}: YYYY-MM-DD is {@code date}; another doc format
   * has no spec counterpart, so it differs only from a spec that declares {@code date}.
   */
  private void format(String name, Field f, SchemaField s) {
    String docFormat =
        f.valueFormat() == null
            ? null
            : "YYYY-MM-DD".equals(f.valueFormat()) ? "date" : f.valueFormat();
    String specFormat = "date".equals(s.format()) ? "date" : null;
    boolean unmapped = docFormat != null && !docFormat.equals("date");
    if (unmapped ? specFormat != null : !Objects.equals(docFormat, specFormat)) {
      out.changed(
          f.line(),
          s.schemaPointer() + "/format",
          "format",
          name,
          PLAIN.apply(s.format()),
          unmapped ? QUOTED.apply(docFormat) : PLAIN.apply(docFormat));
    }
  }

  private void enums(
      String name,
      Field f,
      List<String> specValues,
      Map<String, String> descriptions,
      String schemaPointer) {
    Map<String, String> values = new LinkedHashMap<>();
    specValues.forEach(v -> values.put(v, v));
    String area = name.substring(0, name.lastIndexOf(' '));
    Differences.match(
        f.enumValues(),
        EnumValue::value,
        values,
        v ->
            out.added(
                v.line(),
                schemaPointer + "/enum",
                "enum value " + QUOTED.apply(v.value()) + " of " + name),
        (v, value) -> {
          String spec = descriptions.get(value);
          String key = area + "\u0000" + schemaPointer + "\u0000" + value;
          if (v.description().isEmpty() || Differences.sameText(spec, v.description())) {
            described.add(key);
          } else {
            pending.putIfAbsent(
                key,
                new Difference(
                    v.line(),
                    schemaPointer + "/x-enum-descriptions/" + SpecDocument.escape(value),
                    Differences.changedMessage(
                        "description",
                        "enum value " + QUOTED.apply(value) + " of " + name,
                        QUOTED.apply(spec),
                        QUOTED.apply(v.description()))));
          }
        },
        (value, v) ->
            out.removed(
                f.line(),
                schemaPointer + "/enum",
                "enum value " + QUOTED.apply(value) + " of " + name));
  }

  /** Reports the enum descriptions no place on the page stated as the spec does. */
  void describedNowhere() {
    pending.forEach(
        (key, difference) -> {
          if (!described.contains(key)) {
            out.add(difference);
          }
        });
  }
}
