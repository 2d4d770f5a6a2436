package dev.offerstatus.checks.propose;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.DocCheck;
import dev.offerstatus.checks.doc.PageFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a proposal from leaving a spec that check-doc rejects when a page disagrees with itself:
 * its request table changes a field (a new enum value, a new, removed or renamed field, a required
 * flag) that its response table still states as before, and the spec describes both with one
 * schema. Applying the one table's change would make the other table differ. Such a change is not
 * made: it is reported as needing a person, naming both page lines, because only a person can tell
 * whether Feishu changed one side alone (then the schema is split, which changes the generated
 * client's types) or the page is inconsistent. The schema is never split mechanically.
 *
 * <p>The proposal is checked by running check-doc on it: a difference it did not have before that
 * concerns the same field as a change made (same schema, field or enum value) marks that change as
 * one side of a disagreement; the proposal is made again without it until none is left.
 */
final class Disagreements {
  /** The proposal, what it leaves to a person, and check-doc on it. */
  record Outcome(Proposal proposal, List<Proposal.Open> open, CheckReport remaining) {}

  private static final int ROUNDS = 8;

  private Disagreements() {}

  static Outcome propose(
      SpecDocument spec,
      Map<String, PageFacts> pages,
      List<Drift> drifts,
      DocCheck.Pages read,
      String proposedName) {
    Set<String> before = new HashSet<>();
    drifts.forEach(d -> before.add(d.pointer() + " " + d.message()));
    List<Drift> applicable = new ArrayList<>(drifts);
    List<Proposal.Open> disagreeing = new ArrayList<>();
    Proposal proposal = valid(spec, pages, applicable, disagreeing, proposedName);
    CheckReport remaining =
        DocCheck.compare(SpecDocument.parse(proposal.text(), proposedName), read);
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, Drift> fresh = new LinkedHashMap<>();
      for (Finding f : remaining.findings()) {
        if (!before.contains(f.pointer() + " " + f.message())) {
          Drift d = Drifts.of(f);
          String key = key(d);
          if (key != null) {
            fresh.putIfAbsent(key, d);
          }
        }
      }
      List<Drift> withdrawn = new ArrayList<>();
      for (Proposal.Change c : proposal.changes()) {
        Drift other = fresh.get(key(c.drift()));
        if (other != null && !withdrawn.contains(c.drift())) {
          withdrawn.add(c.drift());
          disagreeing.add(new Proposal.Open(c.drift(), reason(c.drift(), other)));
        }
      }
      if (withdrawn.isEmpty()) {
        break;
      }
      applicable.removeAll(withdrawn);
      proposal = valid(spec, pages, applicable, disagreeing, proposedName);
      remaining = DocCheck.compare(SpecDocument.parse(proposal.text(), proposedName), read);
    }
    List<Proposal.Open> open = new ArrayList<>(disagreeing);
    open.addAll(proposal.open());
    return new Outcome(proposal, open, remaining);
  }

  /**
   * The proposal of {@code applicable}, without the changes that would leave a spec the contract
   * model refuses (a removed error code a state transition still answers with, say): each such
   * change is withdrawn, last first, into {@code open} with the model's own message.
   */
  private static Proposal valid(
      SpecDocument spec,
      Map<String, PageFacts> pages,
      List<Drift> applicable,
      List<Proposal.Open> open,
      String proposedName) {
    Proposal proposal = Proposal.of(spec, pages, applicable);
    String refusal = refusal(proposal, proposedName);
    while (refusal != null) {
      List<Proposal.Change> changes = proposal.changes();
      Drift culprit = null;
      for (int i = changes.size() - 1; i >= 0 && culprit == null; i--) {
        List<Drift> without = new ArrayList<>(applicable);
        without.remove(changes.get(i).drift());
        if (refusal(Proposal.of(spec, pages, without), proposedName) == null) {
          culprit = changes.get(i).drift();
        }
      }
      if (culprit == null) {
        // no single change is to blame: the model's message names the problem as it is
        SpecDocument.parse(proposal.text(), proposedName);
      }
      applicable.remove(culprit);
      open.add(
          new Proposal.Open(
              culprit,
              "not applied: the spec would no longer be a valid contract ("
                  + refusal
                  + "); decide by hand"));
      proposal = Proposal.of(spec, pages, applicable);
      refusal = refusal(proposal, proposedName);
    }
    return proposal;
  }

  /** Why the contract model refuses the proposed spec, or null when it reads it. */
  private static String refusal(Proposal proposal, String proposedName) {
    try {
      SpecDocument.parse(proposal.text(), proposedName).model();
      return null;
    } catch (CheckInputException e) {
      return e.getMessage();
    }
  }

  private static String reason(Drift change, Drift other) {
    String table = other.message().contains("response field") ? "response" : "request";
    return "the page's tables disagree: "
        + other.page()
        + ":"
        + other.line()
        + " (the "
        + table
        + " table) still states what the spec has, and the spec describes both with one schema"
        + " ("
        + other.pointer()
        + "); not applied: decide whether Feishu changed one side only (then split the schema)"
        + " or the page is inconsistent";
  }

  /** What field a drift is about, so that two tables' drifts on one schema meet; null: none. */
  static String key(Drift d) {
    return switch (d.kind()) {
      case ENUM_VALUE_ADDED -> strip(d.pointer(), "/enum") + " enum " + d.newValue();
      case ENUM_VALUE_REMOVED -> strip(d.pointer(), "/enum") + " enum " + d.oldValue();
      case FIELD_ADDED -> "field " + d.pointer() + "/" + SpecDocument.escape(last(d.subject()));
      case FIELD_REMOVED -> "field " + d.pointer();
      case REQUIRED_CHANGED ->
          "required "
              + strip(d.pointer(), "/required")
              + "/properties/"
              + SpecDocument.escape(last(d.subject()));
      default -> null;
    };
  }

  private static String strip(String pointer, String suffix) {
    return pointer.endsWith(suffix)
        ? pointer.substring(0, pointer.length() - suffix.length())
        : pointer;
  }

  private static String last(String path) {
    return path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
  }
}
