package dev.offerstatus.checks.fetch;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.UpstreamDoc;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page the spec names in an {@code x-upstream-doc}: its URL, where its snapshot lives and the
 * {@code last_remote_update} the spec was last checked against.
 *
 * @param sourceUrl the page's {@code source_url}
 * @param snapshot the snapshot file (resolved against the spec's folder)
 * @param pointer the JSON pointer of the {@code x-upstream-doc} naming it (the first, when several
 *     operations name the same page)
 * @param lastRemoteUpdate the spec's {@code last_remote_update}
 */
public record UpstreamPage(
    String sourceUrl, Path snapshot, String pointer, String lastRemoteUpdate) {
  public UpstreamPage {
    Objects.requireNonNull(sourceUrl, "sourceUrl == null");
    Objects.requireNonNull(snapshot, "snapshot == null");
    Objects.requireNonNull(pointer, "pointer == null");
  }

  /**
   * Every page the spec names, once each, in document order: {@code info}'s {@code x-upstream-doc}
   * first, then each operation's.
   */
  public static List<UpstreamPage> of(SpecDocument spec, Path specFile) {
    Path folder = specFile.toAbsolutePath().normalize().getParent();
    ContractModel model = spec.model();
    List<UpstreamDoc> docs = new ArrayList<>();
    model.upstreamDoc().ifPresent(docs::add);
    model.operations().forEach(op -> op.upstreamDoc().ifPresent(docs::add));
    Map<String, UpstreamPage> pages = new LinkedHashMap<>();
    for (UpstreamDoc doc : docs) {
      Path file = inside(folder, doc.snapshot(), spec.name() + ": " + doc.pointer() + "/snapshot");
      pages.putIfAbsent(
          doc.sourceUrl(),
          new UpstreamPage(doc.sourceUrl(), file, doc.pointer(), doc.lastRemoteUpdate()));
    }
    if (pages.isEmpty()) {
      throw new CheckInputException(
          spec.name()
              + ": names no doc page (no x-upstream-doc with a source_url on info or an"
              + " operation)");
    }
    return List.copyOf(pages.values());
  }

  /**
   * The snapshot file {@code snapshot} names in {@code folder}: a relative path that, normalised,
   * stays inside the folder, through no symbolic link below it (the folder itself may be one).
   *
   * @param where how messages name the snapshot, e.g. {@code openapi.yaml: #/info/x-upstream-doc}
   * @throws CheckInputException naming the path and why it is refused
   */
  static Path inside(Path folder, String snapshot, String where) {
    String quoted = "\"" + snapshot.replaceAll("\\p{Cntrl}", "?") + "\"";
    Path relative;
    try {
      relative = Path.of(snapshot);
    } catch (InvalidPathException e) {
      throw new CheckInputException(
          where + ": " + quoted + " is not a file path: " + e.getReason());
    }
    if (relative.isAbsolute()
        || relative.getRoot() != null
        || snapshot.startsWith("/")
        || snapshot.startsWith("\\")) {
      throw new CheckInputException(
          where
              + ": "
              + quoted
              + " is an absolute path; a snapshot is relative to the spec's folder");
    }
    Path file = folder.resolve(relative).normalize();
    if (!file.startsWith(folder) || file.equals(folder)) {
      throw new CheckInputException(
          where + ": " + quoted + " leads outside the spec's folder; a snapshot stays inside it");
    }
    Path step = folder;
    for (Path name : folder.relativize(file)) {
      step = step.resolve(name);
      if (Files.isSymbolicLink(step)) {
        throw new CheckInputException(
            where
                + ": "
                + quoted
                + " goes through the symbolic link "
                + folder.relativize(step).toString().replace('\\', '/')
                + "; fetch-doc writes no snapshot through a link");
      }
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new CheckInputException(where + ": " + quoted + " is not a regular file");
    }
    return file;
  }
}
