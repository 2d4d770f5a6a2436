package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.SpecDocument.SpecOperation;
import dev.offerstatus.checks.doc.OperationFacts.NamedExample;
import dev.offerstatus.checks.doc.OperationFacts.Rule;
import dev.offerstatus.checks.doc.OperationFacts.SchemaField;
import dev.offerstatus.checks.doc.PageFacts.EnumValue;
import dev.offerstatus.checks.doc.PageFacts.Field;
import dev.offerstatus.checks.doc.PageFacts.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The doc-drift check: compares upstream doc pages with the spec, each page with the operation of
 * the same method and path, and reports every difference as one line naming the doc line, the
 * spec's JSON pointer and the change (added, removed, changed from spec to doc).
 */
public final class DocCheck {
  /** The check's name in reports. */
  public static final String NAME = "check-doc";

  private static final Pattern REQUIRED_WHEN =
      Pattern.compile("当\\s*(\\S+)\\s*为\\s*(.+?)\\s*时\\s*[，,]?\\s*该字段必填");
  private static final Pattern LATER_THAN = Pattern.compile("(.+?)需晚于(.+?)[。.]?$");
  private static final Pattern VALUE_SEPARATOR = Pattern.compile("\\s*(?:或|、|,|，|/)\\s*");
  private static final List<String> WINDOWS =
      List.of("per-second", "per-minute", "per-hour", "per-day");

  /**
   * What to check.
   *
   * @param spec the OpenAPI file
   * @param docs doc page files, or directories whose {@code *.md} files are pages; empty: the pages
   *     the spec names (each {@code x-upstream-doc.snapshot}, relative to the spec file)
   * @param baseDir reports name files relative to it
   */
  public record Config(Path spec, List<Path> docs, Path baseDir) {
    public Config {
      Objects.requireNonNull(spec, "spec == null");
      docs = List.copyOf(Objects.requireNonNull(docs, "docs == null"));
      Objects.requireNonNull(baseDir, "baseDir == null");
    }
  }

  private DocCheck() {}

  /** Reads the spec and the pages of {@code config} and compares them. */
  public static CheckReport run(Config config) {
    Objects.requireNonNull(config, "config == null");
    SpecDocument spec =
        SpecDocument.read(config.spec(), InputFiles.display(config.baseDir(), config.spec()));
    List<Path> files =
        config.docs().isEmpty()
            ? namedPages(spec, config.spec(), config.baseDir())
            : InputFiles.expand(config.docs(), ".md", config.baseDir(), "doc page");
    if (files.isEmpty()) {
      throw new CheckInputException(
          "no doc page found in " + InputFiles.displayAll(config.baseDir(), config.docs()));
    }
    List<PageFacts> pages = new ArrayList<>();
    for (Path file : files) {
      pages.add(FeishuPageParser.read(file, InputFiles.display(config.baseDir(), file)));
    }
    return compare(spec, pages);
  }

  /**
   * The pages the spec names: each operation's {@code x-upstream-doc.snapshot} (and the one of
   * {@code info}, where older specs kept it), resolved against the spec file's directory. A named
   * page that does not exist is a {@link CheckInputException} naming the pointer.
   */
  static List<Path> namedPages(SpecDocument spec, Path specFile, Path baseDir) {
    Path dir = specFile.toAbsolutePath().getParent();
    Map<Path, String> pages = new LinkedHashMap<>();
    List<String> pointers = new ArrayList<>();
    pointers.add("#/info/x-upstream-doc/snapshot");
    spec.operations().forEach(op -> pointers.add(op.pointer() + "/x-upstream-doc/snapshot"));
    for (String pointer : pointers) {
      JsonNode snapshot = spec.at(pointer);
      if (snapshot.isTextual() && !snapshot.asText().isBlank()) {
        Path file = dir.resolve(snapshot.asText()).normalize();
        if (!java.nio.file.Files.isRegularFile(file)) {
          throw new CheckInputException(
              spec.name()
                  + ": "
                  + pointer
                  + ": the doc page "
                  + InputFiles.display(baseDir, file)
                  + " does not exist");
        }
        pages.putIfAbsent(file, pointer);
      }
    }
    if (pages.isEmpty()) {
      throw new CheckInputException(
          spec.name()
              + ": no operation names its doc page (x-upstream-doc.snapshot) and no doc page was"
              + " given");
    }
    return List.copyOf(pages.keySet());
  }

  /** Compares already parsed pages with a spec. */
  public static CheckReport compare(SpecDocument spec, List<PageFacts> pages) {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(pages, "pages == null");
    List<SpecOperation> operations = spec.operations();
    Set<SpecOperation> exact = new HashSet<>();
    for (PageFacts page : pages) {
      operations.stream().filter(op -> matches(op, page)).findFirst().ifPresent(exact::add);
    }
    List<Finding> all = new ArrayList<>();
    for (PageFacts page : pages) {
      List<Located> found = new ArrayList<>();
      SpecOperation op = operations.stream().filter(o -> matches(o, page)).findFirst().orElse(null);
      if (op == null) {
        op = closest(page, operations, exact);
        if (op == null) {
          found.add(
              at(
                  page.path().line(),
                  "#/paths",
                  "added operation "
                      + page.method().value()
                      + " "
                      + page.path().value()
                      + ": no operation of the spec has this method and path"));
        } else {
          exact.add(op);
          if (!op.path().equals(page.path().value())) {
            found.add(
                at(
                    page.path().line(),
                    "#/paths/" + SpecDocument.escape(op.path()),
                    "changed path of "
                        + label(op)
                        + " from "
                        + op.path()
                        + " to "
                        + page.path().value()));
          }
          if (!op.method().equals(page.method().value())) {
            found.add(
                at(
                    page.method().line(),
                    op.pointer(),
                    "changed method of operation "
                        + op.node().path("operationId").asText(op.path())
                        + " from "
                        + op.method()
                        + " to "
                        + page.method().value()));
          }
        }
      }
      if (op != null) {
        new PageComparison(page, new OperationFacts(spec, op), found).run();
      }
      found.sort(Comparator.comparingInt(Located::line));
      found.forEach(
          f -> all.add(new Finding(page.name() + ":" + f.line(), f.pointer(), f.message())));
    }
    String summary =
        all.size()
            + (all.size() == 1 ? " difference" : " differences")
            + " between "
            + spec.name()
            + " and "
            + pages.size()
            + (pages.size() == 1 ? " doc page" : " doc pages");
    return new CheckReport(NAME, summary, all);
  }

  private static boolean matches(SpecOperation op, PageFacts page) {
    return op.method().equals(page.method().value()) && op.path().equals(page.path().value());
  }

  private static String label(SpecOperation op) {
    String id = op.node().path("operationId").asText("");
    return id.isEmpty() ? op.method() + " operation" : op.method() + " operation " + id;
  }

  /**
   * The unmatched operation the page changed: the same path with another method, else the same
   * method with more than half of the path segments equal at the same positions (so a renamed
   * version or resource segment pairs up).
   */
  private static SpecOperation closest(
      PageFacts page, List<SpecOperation> ops, Set<SpecOperation> taken) {
    SpecOperation best = null;
    int bestScore = 0;
    for (SpecOperation op : ops) {
      if (!taken.contains(op) && op.path().equals(page.path().value())) {
        return op;
      }
    }
    String[] docSegments = page.path().value().split("/");
    for (SpecOperation op : ops) {
      if (taken.contains(op) || !op.method().equals(page.method().value())) {
        continue;
      }
      String[] segments = op.path().split("/");
      int score = 0;
      for (int i = 0; i < Math.min(segments.length, docSegments.length); i++) {
        if (!segments[i].isEmpty() && segments[i].equals(docSegments[i])) {
          score++;
        }
      }
      if (2 * score > Math.max(segments.length, docSegments.length) - 1 && score > bestScore) {
        best = op;
        bestScore = score;
      }
    }
    return best;
  }

  private static Located at(int line, String pointer, String message) {
    return new Located(line, pointer, message);
  }

  private record Located(int line, String pointer, String message) {}

  /** One page against one operation. */
  private static final class PageComparison {
    private final PageFacts page;
    private final OperationFacts facts;
    private final List<Located> out;

    /**
     * Enum descriptions by schema pointer and value. A schema used at several places of a page
     * (base_city for both city and state) may be described a little differently at each; the spec
     * holds one description, so a difference is reported only when no place on the page states the
     * spec's.
     */
    private final Set<String> described = new HashSet<>();

    private final Map<String, Located> pending = new LinkedHashMap<>();

    PageComparison(PageFacts page, OperationFacts facts, List<Located> out) {
      this.page = page;
      this.facts = facts;
      this.out = out;
    }

    void run() {
      upstreamVersion();
      pathParameters();
      queryParameters();
      headers();
      fields("request field", page.requestBody(), facts.requestFields, facts.requestSchemaPointer);
      fields(
          "response field", page.responseBody(), facts.responseFields, facts.responseSchemaPointer);
      rules();
      example("request", page.requestExample(), facts.requestExamples, facts.requestMediaPointer);
      example(
          "response", page.responseExample(), facts.responseExamples, facts.responseMediaPointer);
      errorCodes();
      rateLimit();
      scopes();
      fieldScopes();
      pending.forEach(
          (key, finding) -> {
            if (!described.contains(key)) {
              out.add(finding);
            }
          });
    }

    private void add(int line, String pointer, String message) {
      out.add(at(line, pointer, message));
    }

    /**
     * The page's {@code last_remote_update} against the spec's {@code x-upstream-doc} for the same
     * {@code source_url} (on the operation, else on {@code info}): a newer page is a drift even
     * when every fact still agrees, until the spec records that it was checked against it.
     */
    private void upstreamVersion() {
      PageFacts.Value<String> url = page.frontMatter().get("source_url");
      PageFacts.Value<String> updated = page.frontMatter().get("last_remote_update");
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
      String recorded = declared.path("last_remote_update").asText(null);
      if (!updated.value().equals(recorded)) {
        add(
            updated.line(),
            pointer + "/last_remote_update",
            "changed last_remote_update of the page from "
                + quote(recorded)
                + " to "
                + quote(updated.value()));
      }
    }

    private void pathParameters() {
      Table table = page.pathParameters();
      Set<String> documented = new LinkedHashSet<>();
      for (Field f : table.fields()) {
        documented.add(f.path());
        OperationFacts.Param p = facts.pathParameters.get(f.path());
        if (p == null) {
          add(f.line(), facts.pointer("parameters"), "added path parameter " + f.path());
          continue;
        }
        if (!p.type().isEmpty() && !p.type().equals(f.jsonType())) {
          add(
              f.line(),
              p.pointer() + "/schema/type",
              "changed type of path parameter "
                  + f.path()
                  + " from "
                  + p.type()
                  + " to "
                  + f.jsonType());
        }
        if (f.example() != null && !f.example().equals(p.example())) {
          add(
              f.line(),
              p.pointer(),
              "changed example of path parameter "
                  + f.path()
                  + " from "
                  + quote(p.example())
                  + " to "
                  + quote(f.example()));
        }
      }
      if (table.line() > 0) {
        facts.pathParameters.values().stream()
            .filter(p -> !documented.contains(p.name()))
            .forEach(p -> add(table.line(), p.pointer(), "removed path parameter " + p.name()));
      }
    }

    private void queryParameters() {
      Table table = page.queryParameters();
      Set<String> documented = new LinkedHashSet<>();
      for (Field f : table.fields()) {
        documented.add(f.path());
        OperationFacts.Param p = facts.queryParameters.get(f.path());
        String name = "query parameter " + f.path();
        if (p == null) {
          add(
              f.line(),
              facts.pointer("parameters"),
              "added "
                  + name
                  + " ("
                  + f.jsonType()
                  + (Boolean.TRUE.equals(f.required()) ? ", required" : ", optional")
                  + ")");
          continue;
        }
        if (!p.type().isEmpty() && !p.type().equals(f.jsonType())) {
          add(
              f.line(),
              p.schemaPointer() + "/type",
              "changed type of " + name + " from " + p.type() + " to " + f.jsonType());
        }
        if (f.required() != null && f.required() != p.required()) {
          add(
              f.line(),
              p.pointer() + "/required",
              "changed "
                  + name
                  + " from "
                  + optionality(p.required())
                  + " to "
                  + optionality(f.required()));
        }
        if (!Objects.equals(f.defaultValue(), p.defaultValue())) {
          add(
              f.line(),
              p.schemaPointer() + "/default",
              "changed default of "
                  + name
                  + " from "
                  + quote(p.defaultValue())
                  + " to "
                  + quote(f.defaultValue()));
        }
        if (!Objects.equals(f.maximum(), p.maximum())) {
          add(
              f.line(),
              p.schemaPointer() + "/maximum",
              "changed maximum of "
                  + name
                  + " from "
                  + (p.maximum() == null ? "(none)" : p.maximum())
                  + " to "
                  + (f.maximum() == null ? "(none)" : f.maximum()));
        }
        if (f.example() != null && !f.example().equals(p.example())) {
          add(
              f.line(),
              p.pointer() + "/example",
              "changed example of "
                  + name
                  + " from "
                  + quote(p.example())
                  + " to "
                  + quote(f.example()));
        }
        enums(name, f, p.enumValues(), p.enumDescriptions(), p.schemaPointer());
      }
      int line = table.line() > 0 ? table.line() : page.method().line();
      facts.queryParameters.values().stream()
          .filter(p -> !documented.contains(p.name()))
          .forEach(p -> add(line, p.pointer(), "removed query parameter " + p.name()));
    }

    private void headers() {
      Table table = page.headers();
      if (table.line() == 0) {
        return;
      }
      JsonNode declared = facts.extension("x-required-headers");
      String pointer = facts.pointer("x-required-headers");
      Set<String> documented = new LinkedHashSet<>();
      for (Field f : table.fields()) {
        if (Boolean.FALSE.equals(f.required())) {
          continue;
        }
        documented.add(f.path());
        JsonNode value = declared.get(f.path());
        if (value == null) {
          add(f.line(), pointer, "added required header " + f.path());
        } else if (f.fixedValue() != null && !f.fixedValue().equals(value.asText())) {
          add(
              f.line(),
              pointer + "/" + SpecDocument.escape(f.path()),
              "changed value of header "
                  + f.path()
                  + " from "
                  + quote(value.asText())
                  + " to "
                  + quote(f.fixedValue()));
        }
      }
      declared
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (!documented.contains(name)) {
                  add(
                      table.line(),
                      pointer + "/" + SpecDocument.escape(name),
                      "removed required header " + name);
                }
              });
    }

    private void fields(
        String what, Table table, Map<String, SchemaField> spec, String rootPointer) {
      if (table.line() == 0) {
        return;
      }
      Set<String> documented = new LinkedHashSet<>();
      for (Field f : table.fields()) {
        documented.add(f.path());
        SchemaField s = spec.get(f.path());
        if (s == null) {
          add(f.line(), parentPointer(f.path(), spec, rootPointer), addedField(what, f));
          continue;
        }
        compareField(what, f, s);
      }
      spec.values().stream()
          .filter(s -> !documented.contains(s.path()))
          .forEach(s -> add(table.line(), s.pointer(), "removed " + what + " " + s.path()));
    }

    private static String addedField(String what, Field f) {
      String required =
          f.required() == null
              ? ""
              : Boolean.TRUE.equals(f.required()) ? ", required" : ", optional";
      return "added " + what + " " + f.path() + " (" + f.jsonType() + required + ")";
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

    private void compareField(String what, Field f, SchemaField s) {
      String name = what + " " + f.path();
      if (!s.type().isEmpty() && !s.type().equals(f.jsonType())) {
        add(
            f.line(),
            s.schemaPointer() + "/type",
            "changed type of " + name + " from " + s.type() + " to " + f.jsonType());
      }
      if (f.required() != null && f.required() != s.required()) {
        add(
            f.line(),
            s.parentPointer() + "/required",
            "changed "
                + name
                + " from "
                + optionality(s.required())
                + " to "
                + optionality(f.required()));
      }
      String docFormat =
          f.valueFormat() == null
              ? null
              : "YYYY-MM-DD".equals(f.valueFormat()) ? "date" : f.valueFormat();
      String specFormat = "date".equals(s.format()) ? "date" : null;
      boolean unmapped = docFormat != null && !docFormat.equals("date");
      if (unmapped ? specFormat != null : !Objects.equals(docFormat, specFormat)) {
        add(
            f.line(),
            s.schemaPointer() + "/format",
            "changed format of "
                + name
                + " from "
                + (s.format() == null ? "(none)" : s.format())
                + " to "
                + (docFormat == null ? "(none)" : unmapped ? quote(docFormat) : docFormat));
      }
      if (f.example() != null && !f.example().equals(s.example())) {
        add(
            f.line(),
            s.schemaPointer() + "/example",
            s.example() == null
                ? "added example " + quote(f.example()) + " of " + name
                : "changed example of "
                    + name
                    + " from "
                    + quote(s.example())
                    + " to "
                    + quote(f.example()));
      }
      enums(name, f, s.enumValues(), s.enumDescriptions(), s.schemaPointer());
    }

    private void enums(
        String name,
        Field f,
        List<String> specValues,
        Map<String, String> descriptions,
        String schemaPointer) {
      Set<String> docValues = new LinkedHashSet<>();
      for (EnumValue v : f.enumValues()) {
        docValues.add(v.value());
        if (!specValues.contains(v.value())) {
          add(
              v.line(),
              schemaPointer + "/enum",
              "added enum value " + quote(v.value()) + " of " + name);
          continue;
        }
        String described = descriptions.get(v.value());
        String key =
            name.substring(0, name.lastIndexOf(' '))
                + "\u0000"
                + schemaPointer
                + "\u0000"
                + v.value();
        if (v.description().isEmpty() || sameText(described, v.description())) {
          this.described.add(key);
        } else {
          pending.putIfAbsent(
              key,
              at(
                  v.line(),
                  schemaPointer + "/x-enum-descriptions/" + SpecDocument.escape(v.value()),
                  "changed description of enum value "
                      + quote(v.value())
                      + " of "
                      + name
                      + " from "
                      + quote(described)
                      + " to "
                      + quote(v.description())));
        }
      }
      for (String value : specValues) {
        if (!docValues.contains(value)) {
          add(
              f.line(),
              schemaPointer + "/enum",
              "removed enum value " + quote(value) + " of " + name);
        }
      }
    }

    private static String optionality(boolean required) {
      return required ? "required" : "optional";
    }

    /** The spec's bilingual text ("系统错误 / system error") states the doc's ("系统错误"). */
    private static boolean sameText(String spec, String doc) {
      return spec != null && (spec.equals(doc) || spec.startsWith(doc + " / "));
    }

    private void rules() {
      Table table = page.requestBody();
      if (table.line() == 0) {
        return;
      }
      Set<Rule> stated = new HashSet<>();
      String rulesPointer =
          (facts.requestSchemaPointer == null ? "#" : facts.requestSchemaPointer)
              + "/x-contract-rules";
      for (Field f : table.fields()) {
        for (PageFacts.Value<String> note : f.notes()) {
          Matcher required = REQUIRED_WHEN.matcher(note.value());
          Matcher later = LATER_THAN.matcher(note.value());
          if (required.find()) {
            requiredWhen(
                f, note, required.group(1), values(required.group(2)), stated, rulesPointer);
          } else if (later.find()) {
            dateAfter(f, note, later.group(2).strip(), stated, rulesPointer);
          }
        }
      }
      for (Rule rule : facts.rules) {
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
        add(line, rule.pointer(), "removed rule " + rule.id() + ": the doc no longer states it");
      }
    }

    private static List<String> values(String text) {
      List<String> values = new ArrayList<>();
      for (String v : VALUE_SEPARATOR.split(text.strip())) {
        if (!v.isBlank()) {
          values.add(v.replace("`", "").replace("\"", "").strip());
        }
      }
      return values;
    }

    private void requiredWhen(
        Field f,
        PageFacts.Value<String> note,
        String whenName,
        List<String> values,
        Set<Rule> stated,
        String rulesPointer) {
      for (Rule rule : facts.rules) {
        if (rule.kind().equals("required-when")
            && rule.field().equals(f.path())
            && rule.whenField() != null
            && (rule.whenField().equals(whenName) || rule.whenField().endsWith("." + whenName))) {
          if (new LinkedHashSet<>(rule.whenValues()).equals(new LinkedHashSet<>(values))) {
            stated.add(rule);
            return;
          }
          if (!stated.contains(rule)) {
            stated.add(rule);
            add(
                note.line(),
                rule.pointer() + "/when",
                "changed rule "
                    + rule.id()
                    + " from "
                    + whenName
                    + " in "
                    + rule.whenValues()
                    + " to "
                    + whenName
                    + " in "
                    + values);
            return;
          }
        }
      }
      add(
          note.line(),
          rulesPointer,
          "added rule: request field "
              + f.path()
              + " is required when "
              + whenName
              + " is "
              + String.join(" or ", values));
    }

    private void dateAfter(
        Field f,
        PageFacts.Value<String> note,
        String earlierText,
        Set<Rule> stated,
        String rulesPointer) {
      String earlier =
          page.requestBody().fields().stream()
              .filter(o -> o.description().equals(earlierText))
              .map(Field::path)
              .findFirst()
              .orElse(earlierText);
      for (Rule rule : facts.rules) {
        if (rule.kind().equals("date-after") && rule.field().equals(f.path())) {
          stated.add(rule);
          if (!earlier.equals(rule.after())) {
            add(
                note.line(),
                rule.pointer() + "/after",
                "changed rule "
                    + rule.id()
                    + " from after "
                    + rule.after()
                    + " to after "
                    + earlier);
          }
          return;
        }
      }
      add(
          note.line(),
          rulesPointer,
          "added rule: request field " + f.path() + " must be later than " + earlier);
    }

    private void example(
        String what, PageFacts.Value<JsonNode> doc, List<NamedExample> spec, String mediaPointer) {
      if (doc == null) {
        return;
      }
      if (spec.isEmpty()) {
        add(
            doc.line(),
            (mediaPointer == null ? facts.pointer("") : mediaPointer) + "/examples",
            "added " + what + " example: the spec has none");
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
      add(
          doc.line(),
          closest.pointer(),
          "changed "
              + what
              + " example: no example of the spec equals the doc's; the closest, "
              + closest.name()
              + ", differs at "
              + closestDifference);
    }

    private void errorCodes() {
      PageFacts.Value<List<PageFacts.ErrorCode>> doc = page.errorCodes();
      if (doc == null) {
        return;
      }
      JsonNode declared = facts.extension("x-error-codes");
      String pointer = facts.pointer("x-error-codes");
      Map<Long, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < declared.size(); i++) {
        index.put(declared.get(i).path("code").asLong(), i);
      }
      Set<Long> documented = new HashSet<>();
      for (PageFacts.ErrorCode code : doc.value()) {
        documented.add(code.code());
        Integer i = index.get(code.code());
        if (i == null) {
          add(
              code.line(),
              pointer,
              "added error code " + code.code() + " with HTTP status " + code.httpStatus());
          continue;
        }
        JsonNode entry = declared.get(i);
        int status = entry.path("http-status").asInt();
        if (status != code.httpStatus()) {
          add(
              code.line(),
              pointer + "/" + i + "/http-status",
              "changed HTTP status of error code "
                  + code.code()
                  + " from "
                  + status
                  + " to "
                  + code.httpStatus());
        }
        String description = entry.path("description").asText(null);
        if (!code.description().isEmpty() && !sameText(description, code.description())) {
          add(
              code.line(),
              pointer + "/" + i + "/description",
              "changed description of error code "
                  + code.code()
                  + " from "
                  + quote(description)
                  + " to "
                  + quote(code.description()));
        }
      }
      index.forEach(
          (code, i) -> {
            if (!documented.contains(code)) {
              add(doc.line(), pointer + "/" + i, "removed error code " + code);
            }
          });
    }

    private void rateLimit() {
      JsonNode declared = facts.extension("x-rate-limit");
      PageFacts.Value<Map<String, Integer>> doc = page.rateLimit();
      int line = doc == null ? page.method().line() : doc.line();
      Map<String, Integer> documented = doc == null ? Map.of() : doc.value();
      for (String window : WINDOWS) {
        Integer docLimit = documented.get(window);
        JsonNode specLimit = declared.get(window);
        String pointer = facts.pointer("x-rate-limit/" + window);
        if (docLimit != null && specLimit == null) {
          add(
              line,
              facts.pointer("x-rate-limit"),
              "added rate limit " + window + " of " + docLimit);
        } else if (docLimit == null && specLimit != null) {
          add(line, pointer, "removed rate limit " + window + " of " + specLimit.asText());
        } else if (docLimit != null && specLimit.asInt() != docLimit) {
          add(
              line,
              pointer,
              "changed rate limit " + window + " from " + specLimit.asText() + " to " + docLimit);
        }
      }
    }

    /**
     * The 字段权限要求 statements of fields and parameter values against {@code x-field-scopes}: which
     * fields (or parameter values) need which scopes, any one of them.
     */
    private void fieldScopes() {
      Map<String, Integer> lines = new LinkedHashMap<>();
      Set<String> stated = new HashSet<>();
      for (Table table : List.of(page.requestBody(), page.responseBody(), page.queryParameters())) {
        for (Field f : table.fields()) {
          lines.putIfAbsent(f.path(), f.line());
          for (PageFacts.FieldScopes statement : f.fieldScopes()) {
            String subject =
                statement.whenValue() == null ? f.path() : f.path() + " = " + statement.whenValue();
            stated.add(subject);
            OperationFacts.ScopeRule rule = facts.fieldScopes.get(subject);
            if (rule == null) {
              add(
                  statement.line(),
                  facts.pointer("x-field-scopes"),
                  "added field scopes " + statement.anyOf() + " of " + subject);
            } else if (!new HashSet<>(rule.anyOf()).equals(new HashSet<>(statement.anyOf()))) {
              add(
                  statement.line(),
                  rule.pointer() + "/any-of",
                  "changed field scopes of "
                      + subject
                      + " from "
                      + rule.anyOf()
                      + " to "
                      + statement.anyOf());
            }
          }
        }
      }
      facts.fieldScopes.forEach(
          (subject, rule) -> {
            if (!stated.contains(subject)) {
              int line =
                  lines.getOrDefault(
                      subject.contains(" = ")
                          ? subject.substring(0, subject.indexOf(" = "))
                          : subject,
                      page.method().line());
              add(line, rule.pointer(), "removed field scopes of " + subject);
            }
          });
    }

    private void scopes() {
      PageFacts.Value<List<String>> doc = page.scopes();
      if (doc == null) {
        return;
      }
      JsonNode declared = facts.extension("x-required-scopes");
      List<String> spec = new ArrayList<>();
      declared.forEach(s -> spec.add(s.asText()));
      String pointer = facts.pointer("x-required-scopes");
      for (String scope : doc.value()) {
        if (!spec.contains(scope)) {
          add(doc.line(), pointer, "added required scope " + scope);
        }
      }
      for (int i = 0; i < spec.size(); i++) {
        if (!doc.value().contains(spec.get(i))) {
          add(doc.line(), pointer + "/" + i, "removed required scope " + spec.get(i));
        }
      }
    }
  }

  static String quote(String s) {
    return s == null ? "(none)" : "\"" + s + "\"";
  }
}
