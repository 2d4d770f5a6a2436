package dev.offerstatus.checks.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ContractRule;
import dev.offerstatus.spec.DateAfterRule;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.DeclaredRateLimit;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.RequiredWhenRule;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's extensions that openapi-diff does not know, read from both specs' contract models:
 * a new or tightened {@code x-contract-rules} rule, a new, lower or removed {@code x-rate-limit}
 * window, a removed {@code x-error-codes} code, a changed HTTP status or kind of one are
 * backward-incompatible; a higher limit or a removed rule is not. A window the spec no longer
 * declares is not a promise of no limit: the platform may still count it, and the clients built
 * from the spec stop pacing it.
 */
final class ExtensionCompat {
  private ExtensionCompat() {}

  /**
   * Adds a finding for every incompatible extension change, located in the current spec (in the
   * previous one for what was removed), with the line when the spec's text has it.
   */
  static void compare(SpecDocument previous, SpecDocument current, List<Finding> out) {
    ContractModel before = previous.model();
    ContractModel after = current.model();
    Map<String, Operation> old = new HashMap<>();
    before.operations().forEach(op -> old.put(op.label(), op));
    for (Operation op : after.operations()) {
      Operation was = old.get(op.label());
      if (was != null) {
        rateLimits(was, op, previous, current, out);
        errorCodes(was, op, previous, current, out);
      }
    }
    for (Map.Entry<String, Schema> schema : after.schemas().entrySet()) {
      List<ContractRule> oldRules =
          before.schema(schema.getKey()).map(Schema::rules).orElse(List.of());
      rules(oldRules, schema.getValue().rules(), current, out);
    }
  }

  /** {@code name:line}, or {@code name} when the line is unknown. */
  static String at(SpecDocument spec, int line) {
    return line > 0 ? spec.name() + ":" + line : spec.name();
  }

  private static void rateLimits(
      Operation old,
      Operation now,
      SpecDocument previous,
      SpecDocument current,
      List<Finding> out) {
    Map<String, DeclaredRateLimit.Window> before = windows(old);
    Map<String, DeclaredRateLimit.Window> after = windows(now);
    for (DeclaredRateLimit.Window window : before.values()) {
      if (!after.containsKey(window.key())) {
        out.add(
            new Finding(
                at(previous, window.line()),
                window.pointer(),
                "removed rate limit " + window.key() + ": " + window.limit() + " → none"));
      }
    }
    for (DeclaredRateLimit.Window window : after.values()) {
      DeclaredRateLimit.Window from = before.get(window.key());
      if (from == null) {
        out.add(
            new Finding(
                at(current, window.line()),
                window.pointer(),
                "new rate limit " + window.key() + ": none → " + window.limit()));
      } else if (window.limit() < from.limit()) {
        out.add(
            new Finding(
                at(current, window.line()),
                window.pointer(),
                "lower rate limit " + window.key() + ": " + from.limit() + " → " + window.limit()));
      }
    }
  }

  /** The operation's declared windows by key, shortest first; none without an x-rate-limit. */
  private static Map<String, DeclaredRateLimit.Window> windows(Operation op) {
    Map<String, DeclaredRateLimit.Window> windows = new LinkedHashMap<>();
    op.rateLimit().ifPresent(limit -> limit.windows().forEach(w -> windows.put(w.key(), w)));
    return windows;
  }

  private static void errorCodes(
      Operation old,
      Operation now,
      SpecDocument previous,
      SpecDocument current,
      List<Finding> out) {
    for (DeclaredErrorCode code : old.errorCodes()) {
      Optional<DeclaredErrorCode> kept = now.ownErrorCode(code.code());
      if (kept.isEmpty()) {
        out.add(
            new Finding(
                at(previous, code.line()),
                code.pointer(),
                "removed error code "
                    + code.code()
                    + ": http-status "
                    + code.httpStatus()
                    + " → none"));
        continue;
      }
      DeclaredErrorCode to = kept.get();
      changed(current, to, "http-status", code.httpStatus(), to.httpStatus(), out);
      changed(current, to, "kind", code.kind().id(), to.kind().id(), out);
    }
  }

  /** A finding at {@code key} of the current entry when its value changed from {@code from}. */
  private static void changed(
      SpecDocument current,
      DeclaredErrorCode to,
      String key,
      Object from,
      Object now,
      List<Finding> out) {
    if (!from.equals(now)) {
      String pointer = to.pointer() + "/" + key;
      out.add(
          new Finding(
              at(current, current.model().line(pointer)),
              pointer,
              "changed " + key + " of error code " + to.code() + ": " + from + " → " + now));
    }
  }

  private static void rules(
      List<ContractRule> oldRules,
      List<ContractRule> newRules,
      SpecDocument current,
      List<Finding> out) {
    Map<String, ContractRule> before = new HashMap<>();
    oldRules.forEach(rule -> before.put(rule.id(), rule));
    for (ContractRule rule : newRules) {
      ContractRule old = before.get(rule.id());
      String location = at(current, rule.line());
      if (old == null) {
        out.add(
            new Finding(
                location,
                rule.pointer(),
                "new contract rule " + rule.id() + ": none → " + describe(rule)));
      } else if (!describe(old).equals(describe(rule))) {
        if (old instanceof DateAfterRule from
            && rule instanceof DateAfterRule to
            && from.field().equals(to.field())
            && from.after().equals(to.after())) {
          if (!from.strict() && to.strict()) {
            String pointer = rule.pointer() + "/strict";
            out.add(
                new Finding(
                    at(current, current.model().line(pointer)),
                    pointer,
                    "tightened contract rule " + rule.id() + ": strict false → true"));
          }
        } else {
          out.add(
              new Finding(
                  location,
                  rule.pointer(),
                  "changed contract rule "
                      + rule.id()
                      + ": "
                      + describe(old)
                      + " → "
                      + describe(rule)));
        }
      }
    }
  }

  /** The rule as JSON in the spec's words, without its prose ({@code doc}). */
  static String describe(ContractRule rule) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode node = json.objectNode();
    node.put("id", rule.id());
    if (rule instanceof RequiredWhenRule r) {
      node.put("kind", "required-when");
      node.put("field", r.field());
      ObjectNode when = node.putObject("when");
      when.put("field", r.whenField());
      if (r.in()) {
        ArrayNode in = when.putArray("in");
        r.values().forEach(v -> in.add(scalar(v)));
      } else {
        when.set("equals", scalar(r.values().get(0)));
      }
    } else if (rule instanceof DateAfterRule d) {
      node.put("kind", "date-after");
      node.put("field", d.field());
      node.put("after", d.after());
      node.put("strict", d.strict());
    }
    return node.toString();
  }

  private static JsonNode scalar(Object value) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (value instanceof BigDecimal number) {
      return json.numberNode(number);
    }
    if (value instanceof Boolean flag) {
      return json.booleanNode(flag);
    }
    return value == null ? json.nullNode() : json.textNode(value.toString());
  }
}
