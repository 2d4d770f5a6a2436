package dev.offerstatus.checks.propose;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.PageFacts;
import dev.offerstatus.checks.propose.Drift.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns mechanical drift into edits of the hand-written spec ({@link YamlLines}: only the lines of
 * the changed nodes move) and lists the rest as needing a person.
 */
public final class Proposal {

  /**
   * One change made.
   *
   * @param drift the drift it answers
   * @param edit what was done to the spec, in a few words
   */
  public record Change(Drift drift, String edit) {}

  /**
   * What a person must decide.
   *
   * @param drift the drift
   * @param reason why it was not changed mechanically, or what was guessed when it was (a drift
   *     that is also a {@link Change})
   */
  public record Open(Drift drift, String reason) {}

  private final SpecDocument spec;
  private final Map<String, PageFacts> pages;
  private final YamlLines yaml;
  private final List<Change> changes = new ArrayList<>();
  private final List<Open> open = new ArrayList<>();
  private final Map<String, String> addedSchemas = new HashMap<>();

  private Proposal(SpecDocument spec, Map<String, PageFacts> pages) {
    this.spec = spec;
    this.pages = pages;
    this.yaml = new YamlLines(spec.text());
  }

  /**
   * The proposal for {@code drifts} found between {@code spec} and {@code pages} (by report name).
   */
  public static Proposal of(SpecDocument spec, Map<String, PageFacts> pages, List<Drift> drifts) {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(pages, "pages == null");
    Objects.requireNonNull(drifts, "drifts == null");
    Proposal p = new Proposal(spec, pages);
    List<Drift> ordered = new ArrayList<>(drifts);
    // additions of a parent before its children, sequence removals from the back
    ordered.sort(Comparator.comparingInt(Proposal::rank).thenComparing(Proposal::depth));
    for (Drift d : ordered) {
      try {
        p.apply(d);
      } catch (IllegalArgumentException e) {
        p.open.add(new Open(d, "the spec has no node to edit there (" + e.getMessage() + ")"));
      }
    }
    return p;
  }

  private static int rank(Drift d) {
    return switch (d.kind()) {
      case ERROR_CODE_REMOVED -> 1;
      case PATH_CHANGED -> 2;
      default -> 0;
    };
  }

  private static int depth(Drift d) {
    if (d.kind() == Kind.ERROR_CODE_REMOVED) {
      return -Integer.parseInt(d.pointer().substring(d.pointer().lastIndexOf('/') + 1));
    }
    return d.subject() == null ? 0 : d.subject().split("\\.").length;
  }

  /** The proposed spec text. */
  public String text() {
    return yaml.text();
  }

  /** The changes made. */
  public List<Change> changes() {
    return List.copyOf(changes);
  }

  /** What a person must decide. */
  public List<Open> open() {
    return List.copyOf(open);
  }

  private void apply(Drift d) {
    switch (d.kind()) {
      case ENUM_VALUE_ADDED -> enumAdded(d);
      case ENUM_VALUE_REMOVED -> enumRemoved(d);
      case FIELD_ADDED -> fieldAdded(d);
      case FIELD_REMOVED -> fieldRemoved(d);
      case REQUIRED_CHANGED -> requiredChanged(d);
      case RATE_LIMIT_CHANGED, ERROR_CODE_STATUS_CHANGED -> {
        yaml.set(d.pointer(), d.newValue());
        done(d, "set " + d.pointer() + " to " + d.newValue());
      }
      case RATE_LIMIT_ADDED -> {
        yaml.addEntry(d.pointer(), d.subject(), d.newValue(), null);
        done(d, "added " + d.subject() + ": " + d.newValue() + " to " + d.pointer());
      }
      case RATE_LIMIT_REMOVED -> {
        yaml.remove(d.pointer());
        done(d, "removed " + d.pointer());
      }
      case ERROR_CODE_ADDED -> errorCodeAdded(d);
      case ERROR_CODE_REMOVED -> {
        yaml.remove(d.pointer());
        done(d, "removed error code " + d.subject() + " (" + d.pointer() + ")");
      }
      case PATH_CHANGED -> {
        yaml.renameKey(d.pointer(), d.newValue());
        done(d, "renamed path " + d.oldValue() + " to " + d.newValue());
      }
      case FIELD_EXAMPLE_CHANGED -> fieldExample(d);
      case PARAMETER_EXAMPLE_CHANGED -> {
        setOrAdd(d.pointer(), "example", YamlLines.quote(d.newValue()));
        done(d, "set the example of path parameter " + d.subject());
      }
      case BODY_EXAMPLE_CHANGED -> bodyExample(d);
      case LAST_REMOTE_UPDATE_CHANGED -> {
        yaml.set(d.pointer(), "\"" + d.newValue() + "\"");
        done(d, "recorded last_remote_update " + d.newValue());
      }
      case JUDGEMENT -> open.add(new Open(d, judgement(d)));
    }
  }

  private static String judgement(Drift d) {
    String m = d.message();
    if (m.contains("description")) {
      return "changed wording: decide how the spec's text should read";
    }
    if (m.contains("rule")) {
      return "a rule in prose: decide the x-contract-rules entry";
    }
    if (m.contains("type of")) {
      return "a changed type changes the generated API: decide how to migrate";
    }
    if (m.startsWith("added operation")) {
      return "a new page or operation: write the operation";
    }
    return "not a mechanical change: decide by reading the page";
  }

  private void done(Drift d, String edit) {
    changes.add(new Change(d, edit));
  }

  private PageFacts page(Drift d) {
    PageFacts page = pages.get(d.page());
    if (page == null) {
      throw new IllegalArgumentException("page " + d.page() + " was not read");
    }
    return page;
  }

  private PageFacts.Field field(Drift d) {
    PageFacts page = page(d);
    PageFacts.Table table =
        d.message().contains("request field") ? page.requestBody() : page.responseBody();
    return table.fields().stream()
        .filter(f -> f.path().equals(d.subject()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the page has no field " + d.subject()));
  }

  private static String parent(String pointer, int segments) {
    String p = pointer;
    for (int i = 0; i < segments; i++) {
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return p;
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  private boolean numeric(String enumPointer) {
    JsonNode values = spec.at(enumPointer);
    return values.isArray() && !values.isEmpty() && values.get(0).isNumber();
  }

  private int indexOf(String sequence, String value) {
    int n = yaml.size(sequence);
    for (int i = 0; i < n; i++) {
      if (value.equals(yaml.scalar(sequence + "/" + i))) {
        return i;
      }
    }
    return -1;
  }

  private void enumAdded(Drift d) {
    String schema = parent(d.pointer(), 1);
    boolean number = numeric(d.pointer()) && d.newValue().matches("-?\\d+");
    if (indexOf(d.pointer(), d.newValue()) >= 0) {
      done(d, "already added to " + d.pointer() + " (a schema two fields share)");
      return;
    }
    yaml.addItem(d.pointer(), number ? d.newValue() : YamlLines.quote(d.newValue()), null);
    String description =
        field(d).enumValues().stream()
            .filter(v -> v.value().equals(d.newValue()))
            .map(PageFacts.EnumValue::description)
            .findFirst()
            .orElse("");
    String edit = "added " + d.newValue() + " to " + d.pointer();
    if (yaml.exists(schema + "/x-enum-descriptions") && !description.isEmpty()) {
      yaml.addEntry(
          schema + "/x-enum-descriptions",
          number ? d.newValue() : YamlLines.quote(d.newValue()),
          YamlLines.quote(description),
          null);
      edit += ", its description to x-enum-descriptions";
    }
    if (yaml.exists(schema + "/x-enum-varnames")) {
      String name = varName(d.newValue(), number);
      yaml.addItem(schema + "/x-enum-varnames", name, null);
      edit += ", " + name + " to x-enum-varnames";
    }
    done(d, edit);
  }

  static String varName(String value, boolean number) {
    if (number) {
      return "VALUE_" + value.replace('-', '_');
    }
    String name = value.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "VALUE_" + name : name;
  }

  private void enumRemoved(Drift d) {
    String schema = parent(d.pointer(), 1);
    int i = indexOf(d.pointer(), d.oldValue());
    if (i < 0) {
      done(d, "already removed from " + d.pointer() + " (a schema two fields share)");
      return;
    }
    String varnames = schema + "/x-enum-varnames";
    if (yaml.exists(varnames) && yaml.size(varnames) > i) {
      yaml.remove(varnames + "/" + i);
    }
    yaml.remove(d.pointer() + "/" + i);
    String described = schema + "/x-enum-descriptions/" + SpecDocument.escape(d.oldValue());
    if (yaml.exists(described)) {
      yaml.remove(described);
    }
    done(d, "removed " + d.oldValue() + " from " + d.pointer() + " and its name and description");
  }

  private void fieldAdded(Drift d) {
    PageFacts.Field f = field(d);
    String properties = d.pointer();
    int dot = f.path().lastIndexOf('.');
    if (dot > 0 && addedSchemas.containsKey(f.path().substring(0, dot))) {
      properties = addedSchemas.get(f.path().substring(0, dot)) + "/properties";
    }
    String schema = parent(properties, 1);
    if (!yaml.exists(properties)) {
      yaml.addEntry(schema, "properties", null, null);
    }
    String name = f.name();
    if (yaml.exists(properties + "/" + SpecDocument.escape(name))) {
      done(d, "already added to " + properties + " (a schema two fields share)");
      return;
    }
    List<String> block = new ArrayList<>();
    String type = f.jsonType();
    block.add("type: " + type);
    if (type.equals("array")) {
      String item = itemType(f.type());
      block.add("items:");
      block.add("  type: " + item);
    }
    if ("YYYY-MM-DD".equals(f.valueFormat())) {
      block.add("format: date");
    }
    if (!f.description().isEmpty()) {
      block.add("description: " + YamlLines.quote(f.description()));
    }
    if (!f.enumValues().isEmpty()) {
      boolean number = type.equals("integer");
      block.add("enum:");
      f.enumValues().forEach(v -> block.add("  - " + literal(v.value(), number)));
      block.add("x-enum-descriptions:");
      f.enumValues()
          .forEach(
              v ->
                  block.add(
                      "  " + literal(v.value(), number) + ": " + YamlLines.quote(v.description())));
    }
    if (f.example() != null) {
      block.add(
          "example: " + literal(f.example(), type.equals("integer") || type.equals("number")));
    }
    if (type.equals("object")) {
      block.add("properties: {}");
    }
    yaml.addEntry(properties, name, null, block);
    String pointer = properties + "/" + SpecDocument.escape(name);
    addedSchemas.put(f.path(), pointer);
    String edit = "added " + name + " (" + type + ") to " + properties;
    if (Boolean.TRUE.equals(f.required())) {
      addRequired(schema, name);
      edit += ", required";
    }
    done(d, edit);
  }

  private static String itemType(String docType) {
    String inner = docType.substring(0, Math.max(0, docType.length() - 2)).strip();
    return switch (inner.toLowerCase(Locale.ROOT)) {
      case "string" -> "string";
      case "int", "integer", "int32", "int64", "long" -> "integer";
      case "float", "double", "number" -> "number";
      case "boolean", "bool" -> "boolean";
      default -> "object";
    };
  }

  private static String literal(String value, boolean number) {
    return number && value.matches("-?\\d+(\\.\\d+)?") ? value : YamlLines.quote(value);
  }

  private void addRequired(String schema, String name) {
    if (yaml.exists(schema + "/required") && indexOf(schema + "/required", name) >= 0) {
      return;
    }
    if (yaml.exists(schema + "/required")) {
      yaml.addItem(schema + "/required", YamlLines.quote(name), null);
    } else {
      yaml.addEntry(schema, "required", null, List.of("- " + YamlLines.quote(name)));
    }
  }

  private void removeRequired(String schema, String name) {
    String required = schema + "/required";
    if (!yaml.exists(required)) {
      return;
    }
    int i = indexOf(required, name);
    if (i < 0) {
      return;
    }
    if (yaml.size(required) == 1) {
      yaml.remove(required); // OpenAPI 3.0: required needs at least one name
    } else {
      yaml.remove(required + "/" + i);
    }
  }

  private void fieldRemoved(Drift d) {
    String name = last(d.pointer());
    String schema = parent(d.pointer(), 2);
    if (!yaml.exists(d.pointer())) {
      done(d, "already removed " + d.pointer() + " (a schema two fields share)");
      return;
    }
    yaml.remove(d.pointer());
    removeRequired(schema, name);
    done(d, "removed " + d.pointer());
  }

  private void requiredChanged(Drift d) {
    String schema = parent(d.pointer(), 1);
    String name = d.subject().substring(d.subject().lastIndexOf('.') + 1);
    if ("required".equals(d.newValue())) {
      addRequired(schema, name);
      done(d, "added " + name + " to " + d.pointer());
    } else {
      removeRequired(schema, name);
      done(d, "removed " + name + " from " + d.pointer());
    }
  }

  private void errorCodeAdded(Drift d) {
    long code = Long.parseLong(d.subject());
    PageFacts.ErrorCode doc =
        page(d).errorCodes().value().stream()
            .filter(c -> c.code() == code)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the page has no error code " + code));
    // every entry needs exactly one kind (the model refuses an entry without one); the page
    // does not say which exception the code is, so the kind is guessed and left to a person
    String kind = doc.httpStatus() == 400 ? "parameter" : "system";
    List<String> rest = new ArrayList<>();
    rest.add("http-status: " + doc.httpStatus());
    rest.add("kind: " + kind);
    if (!doc.description().isEmpty()) {
      rest.add("description: " + YamlLines.quote(doc.description()));
    }
    yaml.addItem(d.pointer(), "code: " + code, rest);
    done(d, "added error code " + code + " (HTTP " + doc.httpStatus() + ") to " + d.pointer());
    open.add(
        new Open(
            d,
            "kind "
                + kind
                + " was guessed from HTTP "
                + doc.httpStatus()
                + ": confirm it (the page does not say which exception the code is)"));
  }

  private void fieldExample(Drift d) {
    JsonNode schema = spec.at(parent(d.pointer(), 1));
    String type = schema.path("type").asText("");
    String value = literal(d.newValue(), type.equals("integer") || type.equals("number"));
    setOrAdd(parent(d.pointer(), 1), "example", value);
    done(d, "set " + d.pointer() + " to " + d.newValue());
  }

  private void setOrAdd(String mapping, String key, String value) {
    if (yaml.exists(mapping + "/" + key)) {
      yaml.set(mapping + "/" + key, value);
    } else {
      yaml.addEntry(mapping, key, value, null);
    }
  }

  private void bodyExample(Drift d) {
    PageFacts page = page(d);
    PageFacts.Value<JsonNode> example =
        d.subject().equals("request") ? page.requestExample() : page.responseExample();
    if (example == null) {
      throw new IllegalArgumentException("the page has no " + d.subject() + " example");
    }
    String target = closest(d.pointer(), example.value());
    List<String> rendered = new ArrayList<>();
    block(example.value(), "", rendered);
    yaml.setBlock(target, rendered);
    done(d, "replaced " + target + " with the page's " + d.subject() + " example");
  }

  /** A JSON value as block YAML lines in the spec's own style (quoting only where needed). */
  static void block(JsonNode node, String indent, List<String> out) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.add(indent + "{}");
      }
      for (var e : node.properties()) {
        JsonNode v = e.getValue();
        String key = indent + YamlLines.quote(e.getKey()) + ":";
        if (v.isContainerNode() && !v.isEmpty()) {
          out.add(key);
          block(v, indent + (v.isArray() ? "  " : "  "), out);
        } else {
          out.add(key + " " + scalar(v));
        }
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.add(indent + "[]");
      }
      for (JsonNode v : node) {
        if (v.isContainerNode() && !v.isEmpty()) {
          List<String> inner = new ArrayList<>();
          block(v, indent + "  ", inner);
          out.add(indent + "- " + inner.get(0).substring(indent.length() + 2));
          out.addAll(inner.subList(1, inner.size()));
        } else {
          out.add(indent + "- " + scalar(v));
        }
      }
    } else {
      out.add(indent + scalar(node));
    }
  }

  private static String scalar(JsonNode v) {
    if (v.isTextual()) {
      return YamlLines.quote(v.asText());
    }
    if (v.isContainerNode()) {
      return v.isArray() ? "[]" : "{}";
    }
    return v.isNull() ? "null" : v.asText();
  }

  /**
   * Of the examples beside the one check-doc names (the same media type's), the one sharing the
   * most leaves (path and value) with the doc's, so that "the doc's example" is edited rather than
   * a scenario example that merely differs in fewer places.
   */
  private String closest(String named, JsonNode doc) {
    java.util.Set<String> docLeaves = leaves("", doc, new java.util.HashSet<>());
    String best = named;
    double bestScore = -1;
    for (String candidate : siblings(named)) {
      JsonNode value = spec.at(candidate);
      java.util.Set<String> l = leaves("", value, new java.util.HashSet<>());
      java.util.Set<String> union = new java.util.HashSet<>(l);
      union.addAll(docLeaves);
      l.retainAll(docLeaves);
      double score = union.isEmpty() ? 0 : (double) l.size() / union.size();
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private List<String> siblings(String named) {
    for (SpecDocument.SpecOperation op : spec.operations()) {
      List<JsonNode> media = new ArrayList<>();
      List<String> pointers = new ArrayList<>();
      SpecDocument.Located body =
          spec.resolve(op.node().path("requestBody"), op.pointer() + "/requestBody");
      collectMedia(body, media, pointers);
      for (var response : op.node().path("responses").properties()) {
        collectMedia(
            spec.resolve(
                response.getValue(),
                op.pointer() + "/responses/" + SpecDocument.escape(response.getKey())),
            media,
            pointers);
      }
      for (int i = 0; i < media.size(); i++) {
        List<String> found = new ArrayList<>();
        for (var entry : media.get(i).path("examples").properties()) {
          String pointer = pointers.get(i) + "/examples/" + SpecDocument.escape(entry.getKey());
          found.add(spec.resolve(entry.getValue(), pointer).pointer() + "/value");
        }
        if (found.contains(named)) {
          return found;
        }
      }
    }
    return List.of(named);
  }

  private static void collectMedia(
      SpecDocument.Located holder, List<JsonNode> media, List<String> pointers) {
    for (var entry : holder.node().path("content").properties()) {
      media.add(entry.getValue());
      pointers.add(holder.pointer() + "/content/" + SpecDocument.escape(entry.getKey()));
    }
  }

  private static java.util.Set<String> leaves(
      String prefix, JsonNode node, java.util.Set<String> into) {
    if (node.isContainerNode()) {
      var it = node.fields();
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          leaves(prefix + "/" + i, node.get(i), into);
        }
      }
      while (it.hasNext()) {
        var e = it.next();
        leaves(prefix + "/" + e.getKey(), e.getValue(), into);
      }
    } else {
      into.add(prefix + "=" + node.asText());
    }
    return into;
  }
}
