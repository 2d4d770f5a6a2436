package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.SpecDocument.SpecOperation;
import dev.offerstatus.checks.doc.Differences.Difference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The doc-drift check: compares upstream doc pages with the spec, each page with the operation of
 * the same method and path, and reports every difference as one line naming the doc line, the
 * spec's JSON pointer and the change (added, removed, changed from spec to doc).
 */
public final class DocCheck {
  /** The check's name in reports. */
  public static final String NAME = "check-doc";

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
      Differences found = new Differences();
      SpecOperation op = operations.stream().filter(o -> matches(o, page)).findFirst().orElse(null);
      if (op == null) {
        op = closest(page, operations, exact);
        if (op == null) {
          found.added(
              page.path().line(),
              "#/paths",
              "operation "
                  + page.method().value()
                  + " "
                  + page.path().value()
                  + ": no operation of the spec has this method and path");
        } else {
          exact.add(op);
          moved(page, op, found);
        }
      }
      if (op != null) {
        new PageComparison(page, OperationFacts.of(spec, op), found).run();
      }
      List<Difference> sorted = new ArrayList<>(found.found());
      sorted.sort(Comparator.comparingInt(Difference::line));
      sorted.forEach(
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

  /** The path or the method the page changed of the operation it was paired with. */
  private static void moved(PageFacts page, SpecOperation op, Differences found) {
    if (!op.path().equals(page.path().value())) {
      found.changed(
          page.path().line(),
          "#/paths/" + SpecDocument.escape(op.path()),
          "path",
          label(op),
          op.path(),
          page.path().value());
    }
    if (!op.method().equals(page.method().value())) {
      found.changed(
          page.method().line(),
          op.pointer(),
          "method",
          "operation " + op.node().path("operationId").asText(op.path()),
          op.method(),
          page.method().value());
    }
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
}
