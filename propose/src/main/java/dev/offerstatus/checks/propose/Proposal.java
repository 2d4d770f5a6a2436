package dev.offerstatus.checks.propose;

import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.PageFacts;
import dev.offerstatus.checks.propose.Drift.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
  private final Set<String> refusedFields = new HashSet<>();
  private final SchemaEdits schemas;
  private final ExampleEdits examples;

  private Proposal(SpecDocument spec, Map<String, PageFacts> pages) {
    this.spec = spec;
    this.pages = pages;
    this.yaml = new YamlLines(spec.text());
    this.schemas = new SchemaEdits(spec, yaml);
    this.examples = new ExampleEdits(spec, yaml, schemas);
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
      case ENUM_VALUE_ADDED -> done(d, schemas.enumAdded(d, field(d)));
      case ENUM_VALUE_REMOVED -> done(d, schemas.enumRemoved(d));
      case FIELD_ADDED -> fieldAdded(d);
      case FIELD_REMOVED -> done(d, schemas.fieldRemoved(d));
      case REQUIRED_CHANGED -> done(d, schemas.requiredChanged(d));
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
      case FIELD_EXAMPLE_CHANGED -> done(d, examples.fieldExample(d));
      case PARAMETER_EXAMPLE_CHANGED -> {
        schemas.setOrAdd(d.pointer(), "example", YamlLines.quote(d.newValue()));
        done(d, "set the example of path parameter " + d.subject());
      }
      case BODY_EXAMPLE_CHANGED -> done(d, examples.bodyExample(d, page(d)));
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

  /** A field is added only under a plain name, and only inside a field that was added too. */
  private void fieldAdded(Drift d) {
    PageFacts.Field f = field(d);
    String refused = SchemaEdits.refusedName(f.name());
    String parent = f.path().contains(".") ? f.path().substring(0, f.path().lastIndexOf('.')) : "";
    if (refused == null && refusedFields.contains(parent)) {
      refused = "it belongs to " + parent + ", which was not applied: add both by hand";
    }
    if (refused != null) {
      refusedFields.add(f.path());
      open.add(new Open(d, refused));
    } else {
      done(d, schemas.fieldAdded(d, f));
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
}
