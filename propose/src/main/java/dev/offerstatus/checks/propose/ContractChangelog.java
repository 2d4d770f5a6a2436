package dev.offerstatus.checks.propose;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.doc.PageFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One entry of the contract changelog: for each page, its {@code last_remote_update} and each
 * change made to the spec, then check-compat's classification of the whole change (breaking, with
 * its reasons, or compatible) and what still needs a person.
 */
public final class ContractChangelog {
  /** The first line of a new changelog file. */
  public static final String TITLE = "# Contract changelog";

  private ContractChangelog() {}

  /** Whether the change breaks existing callers. */
  public enum Classification {
    BREAKING,
    COMPATIBLE;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The classification: breaking when check-compat or {@link #reasons} names a reason. */
  public static Classification classify(CheckReport compat, List<Proposal.Change> changes) {
    return reasons(compat, changes).isEmpty() ? Classification.COMPATIBLE : Classification.BREAKING;
  }

  /**
   * Why the change breaks callers: check-compat's findings, and every removed field (openapi-diff
   * lets an optional property go, but the generated client loses its accessor, so code that reads
   * or sets it no longer compiles).
   */
  public static List<String> reasons(CheckReport compat, List<Proposal.Change> changes) {
    List<String> reasons = new java.util.ArrayList<>();
    for (Finding f : compat.findings()) {
      reasons.add(f.pointer() + ": " + f.message());
    }
    for (Proposal.Change c : changes) {
      if (c.drift().kind() == Drift.Kind.FIELD_REMOVED && !c.edit().startsWith("already")) {
        reasons.add(
            c.drift().pointer()
                + ": "
                + c.drift().message()
                + ": the generated client loses its accessor");
      }
    }
    return reasons;
  }

  /** The entry, in Markdown. */
  public static String entry(
      List<Proposal.Change> changes,
      List<Proposal.Open> open,
      Map<String, Map<String, PageFacts.Value<String>>> pages,
      CheckReport compat) {
    List<String> reasons = reasons(compat, changes);
    Map<String, StringBuilder> byPage = new TreeMap<>();
    for (Proposal.Change c : changes) {
      byPage
          .computeIfAbsent(c.drift().page(), k -> new StringBuilder())
          .append("- ")
          .append(c.drift().message())
          .append(" (")
          .append(c.drift().pointer())
          .append(")\n");
    }
    StringBuilder out = new StringBuilder();
    Classification classification =
        reasons.isEmpty() ? Classification.COMPATIBLE : Classification.BREAKING;
    out.append("## ").append(title(byPage.keySet(), pages)).append("\n\n");
    for (var entry : byPage.entrySet()) {
      Map<String, PageFacts.Value<String>> page = pages.get(entry.getKey());
      out.append("### ").append(entry.getKey());
      if (page != null) {
        String url = front(page, "source_url");
        String updated = front(page, "last_remote_update");
        if (url != null) {
          out.append(" (").append(url).append(")");
        }
        out.append("\n\nlast_remote_update: ").append(updated == null ? "(unknown)" : updated);
      }
      out.append("\n\n").append(entry.getValue()).append('\n');
    }
    out.append("Classification: **").append(classification).append("**");
    if (classification == Classification.BREAKING) {
      out.append(":\n\n");
      for (String reason : reasons) {
        out.append("- ").append(reason).append('\n');
      }
    } else {
      out.append(" (check-compat found no backward-incompatible change)\n");
    }
    // an open drift that was also changed (a guessed value) is in the spec already: say so
    Set<Drift> changed = new HashSet<>();
    changes.forEach(c -> changed.add(c.drift()));
    openList(out, "changed, to confirm", open.stream().filter(o -> changed.contains(o.drift())));
    openList(out, "not changed", open.stream().filter(o -> !changed.contains(o.drift())));
    return out.toString();
  }

  private static void openList(StringBuilder out, String what, Stream<Proposal.Open> open) {
    List<Proposal.Open> list = open.toList();
    if (!list.isEmpty()) {
      out.append("\nNeeds a person (").append(what).append("):\n\n");
      for (Proposal.Open o : list) {
        out.append("- ").append(o.drift()).append(" — ").append(o.reason()).append('\n');
      }
    }
  }

  private static String title(
      Iterable<String> names, Map<String, Map<String, PageFacts.Value<String>>> pages) {
    String latest = null;
    for (String name : names) {
      Map<String, PageFacts.Value<String>> page = pages.get(name);
      String updated = page == null ? null : front(page, "last_remote_update");
      if (updated != null && (latest == null || updated.compareTo(latest) > 0)) {
        latest = updated;
      }
    }
    return latest == null ? "Doc update" : "Doc update of " + latest;
  }

  private static String front(Map<String, PageFacts.Value<String>> frontMatter, String key) {
    PageFacts.Value<String> v = frontMatter.get(key);
    return v == null ? null : v.value();
  }

  /** {@code existing} (or a new file's title when null or blank) with {@code entry} appended. */
  public static String append(String existing, String entry) {
    String base = existing == null || existing.isBlank() ? TITLE + "\n" : existing;
    if (!base.endsWith("\n")) {
      base += "\n";
    }
    return base + "\n" + entry;
  }
}
