package dev.offerstatus.rules.internal;

import dev.offerstatus.spec.ContractRule;
import dev.offerstatus.spec.DateAfterRule;
import dev.offerstatus.spec.RequiredWhenRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the rule kinds of {@code x-contract-rules} on any {@link Doc}; the one engine behind
 * the raw JSON entry point and the Jakarta constraints. Paths in the hits are relative to the
 * object carrying the rules.
 */
public final class RuleEngine {
  private RuleEngine() {}

  /** Evaluates every rule of one kind (or of all kinds when {@code kind} is null). */
  public static <N> void evaluate(
      List<ContractRule> rules,
      Class<? extends ContractRule> kind,
      N root,
      Doc<N> doc,
      List<RuleHit> out) {
    for (ContractRule rule : rules) {
      if (kind != null && !kind.isInstance(rule)) {
        continue;
      }
      if (rule instanceof RequiredWhenRule r) {
        requiredWhen(r, root, doc, out);
      } else if (rule instanceof DateAfterRule r) {
        dateAfter(r, root, doc, out);
      }
    }
  }

  static <N> void requiredWhen(RequiredWhenRule rule, N root, Doc<N> doc, List<RuleHit> out) {
    N when = doc.at(root, rule.whenField());
    if (when == null) {
      return;
    }
    Object actual = doc.scalar(when);
    boolean holds = false;
    for (Object expected : rule.values()) {
      holds |= Scalars.same(actual, expected);
    }
    if (holds && doc.at(root, rule.field()) == null) {
      out.add(
          new RuleHit(
              rule.field(),
              null,
              rule.id(),
              Messages.REQUIRED_WHEN,
              Map.of(
                  "rule", rule.id(),
                  "when", rule.whenField(),
                  "expected", Scalars.renderAll(rule.values()))));
    }
  }

  static <N> void dateAfter(DateAfterRule rule, N root, Doc<N> doc, List<RuleHit> out) {
    N laterNode = doc.at(root, rule.field());
    N earlierNode = doc.at(root, rule.after());
    if (laterNode == null || earlierNode == null) {
      return;
    }
    LocalDate later = doc.date(laterNode);
    LocalDate earlier = doc.date(earlierNode);
    if (later == null || earlier == null) {
      return; // not dates of the contract's format: the date-format check reports these
    }
    boolean ok = rule.strict() ? later.isAfter(earlier) : !later.isBefore(earlier);
    if (!ok) {
      out.add(
          new RuleHit(
              rule.field(),
              doc.scalar(laterNode),
              rule.id(),
              rule.strict() ? Messages.DATE_AFTER : Messages.DATE_NOT_BEFORE,
              Map.of(
                  "rule", rule.id(),
                  "after", rule.after(),
                  "afterValue", Scalars.render(doc.scalar(earlierNode)),
                  "value", Scalars.render(doc.scalar(laterNode)))));
    }
  }
}
