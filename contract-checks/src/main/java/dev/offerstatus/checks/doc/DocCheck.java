package dev.offerstatus.checks.doc;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.Differences.Difference;
import dev.offerstatus.checks.render.Renderings;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.UpstreamDoc;
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

  /**
   * The pages check-doc reads, each in its role.
   *
   * @param operations API pages, each compared with the operation of its method and path
   * @param errorCodes the generic error-code page(s), compared with {@code x-platform-error-codes}
   */
  public record Pages(List<PageFacts> operations, List<ErrorCodePage> errorCodes) {
    public Pages {
      operations = List.copyOf(Objects.requireNonNull(operations, "operations == null"));
      errorCodes = List.copyOf(Objects.requireNonNull(errorCodes, "errorCodes == null"));
    }

    /** How many pages there are. */
    public int size() {
      return operations.size() + errorCodes.size();
    }
  }

  /** Reads the spec and the pages of {@code config} and compares them. */
  public static CheckReport run(Config config) {
    Objects.requireNonNull(config, "config == null");
    SpecDocument spec =
        SpecDocument.read(config.spec(), InputFiles.display(config.baseDir(), config.spec()));
    return compare(spec, pages(spec, config));
  }

  /**
   * The pages {@link #run} reads, each in its role: without {@code docs}, the pages the spec names
   * ({@link #namedPages}); otherwise the given files and directories. The page {@code info}'s
   * {@code x-upstream-doc} names is the generic error-code page unless it is an API page (older
   * specs kept an operation's page there); every other page is an API page.
   */
  public static Pages pages(Config config) {
    Objects.requireNonNull(config, "config == null");
    return pages(
        SpecDocument.read(config.spec(), InputFiles.display(config.baseDir(), config.spec())),
        config);
  }

  private static Pages pages(SpecDocument spec, Config config) {
    List<Path> files =
        config.docs().isEmpty()
            ? namedPages(spec, config.spec(), config.baseDir())
            : InputFiles.expand(config.docs(), ".md", config.baseDir(), "doc page");
    if (files.isEmpty()) {
      throw new CheckInputException(
          "no doc page found in " + InputFiles.displayAll(config.baseDir(), config.docs()));
    }
    Path platformPage = infoPage(spec, config.spec());
    List<PageFacts> operations = new ArrayList<>();
    List<ErrorCodePage> errorCodes = new ArrayList<>();
    for (Path file : files) {
      String name = InputFiles.display(config.baseDir(), file);
      if (!file.toAbsolutePath().normalize().equals(platformPage)) {
        operations.add(FeishuPageParser.read(file, name));
        continue;
      }
      PageSections sections =
          MarkdownPageReader.read(
              Renderings.toMarkdown(SpecDocument.readText(file, name, "doc page")), name);
      if (sections.tables().containsKey("请求")) {
        operations.add(FeishuPageParser.interpret(sections));
      } else {
        errorCodes.add(ErrorCodePage.of(sections));
      }
    }
    return new Pages(operations, errorCodes);
  }

  /** The file {@code info}'s {@code x-upstream-doc.snapshot} names, or null. */
  private static Path infoPage(SpecDocument spec, Path specFile) {
    return spec.model()
        .upstreamDoc()
        .map(doc -> specFile.toAbsolutePath().getParent().resolve(doc.snapshot()).normalize())
        .orElse(null);
  }

  /**
   * The pages the spec names: each operation's {@code x-upstream-doc.snapshot} (and the one of
   * {@code info}, where older specs kept it), resolved against the spec file's directory. A named
   * page that does not exist is a {@link CheckInputException} naming the pointer.
   */
  static List<Path> namedPages(SpecDocument spec, Path specFile, Path baseDir) {
    Path dir = specFile.toAbsolutePath().getParent();
    Map<Path, String> pages = new LinkedHashMap<>();
    List<UpstreamDoc> named = new ArrayList<>();
    ContractModel model = spec.model();
    model.upstreamDoc().ifPresent(named::add);
    model.operations().forEach(op -> op.upstreamDoc().ifPresent(named::add));
    for (UpstreamDoc doc : named) {
      String pointer = doc.pointer() + "/snapshot";
      Path file = dir.resolve(doc.snapshot()).normalize();
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
    if (pages.isEmpty()) {
      throw new CheckInputException(
          spec.name()
              + ": no operation names its doc page (x-upstream-doc.snapshot) and no doc page was"
              + " given");
    }
    return List.copyOf(pages.keySet());
  }

  /** Compares already parsed API pages with a spec. */
  public static CheckReport compare(SpecDocument spec, List<PageFacts> pages) {
    return compare(spec, new Pages(pages, List.of()));
  }

  /** Compares already parsed pages, each in its role, with a spec. */
  public static CheckReport compare(SpecDocument spec, Pages read) {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(read, "read == null");
    List<PageFacts> pages = read.operations();
    ContractModel model = spec.model();
    List<Operation> operations = model.operations();
    Set<Operation> exact = new HashSet<>();
    for (PageFacts page : pages) {
      operations.stream().filter(op -> matches(op, page)).findFirst().ifPresent(exact::add);
    }
    List<Finding> all = new ArrayList<>();
    for (PageFacts page : pages) {
      Differences found = new Differences();
      Operation op = operations.stream().filter(o -> matches(o, page)).findFirst().orElse(null);
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
        new PageComparison(page, OperationFacts.of(model, op), found).run();
      }
      List<Difference> sorted = new ArrayList<>(found.found());
      sorted.sort(Comparator.comparingInt(Difference::line));
      sorted.forEach(
          f -> all.add(new Finding(page.name() + ":" + f.line(), f.pointer(), f.message())));
    }
    for (ErrorCodePage page : read.errorCodes()) {
      Differences found = new Differences();
      page.compare(spec, found);
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
            + read.size()
            + (read.size() == 1 ? " doc page" : " doc pages");
    return new CheckReport(NAME, summary, all);
  }

  /** The path or the method the page changed of the operation it was paired with. */
  private static void moved(PageFacts page, Operation op, Differences found) {
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
          "operation " + (op.hasOperationId() ? op.operationId() : op.path()),
          op.method(),
          page.method().value());
    }
  }

  private static boolean matches(Operation op, PageFacts page) {
    return op.method().equals(page.method().value()) && op.path().equals(page.path().value());
  }

  private static String label(Operation op) {
    return op.hasOperationId()
        ? op.method() + " operation " + op.operationId()
        : op.method() + " operation";
  }

  /**
   * The unmatched operation the page changed: the same path with another method, else the same
   * method with more than half of the path segments equal at the same positions (so a renamed
   * version or resource segment pairs up).
   */
  private static Operation closest(PageFacts page, List<Operation> ops, Set<Operation> taken) {
    Operation best = null;
    int bestScore = 0;
    for (Operation op : ops) {
      if (!taken.contains(op) && op.path().equals(page.path().value())) {
        return op;
      }
    }
    String[] docSegments = page.path().value().split("/");
    for (Operation op : ops) {
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
