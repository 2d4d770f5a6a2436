package dev.offerstatus.checks.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.SpecDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contract's extensions that openapi-diff does not know: a new or tightened {@code
 * x-contract-rules} rule, a lower {@code x-rate-limit}, a removed {@code x-error-codes} code or a
 * changed HTTP status of one are backward-incompatible; loosening them is not.
 */
final class ExtensionCompat {
  private static final List<String> LIMITS = List.of("per-second", "per-minute");

  private ExtensionCompat() {}

  /**
   * Adds a finding for every incompatible extension change, located in the current spec (in the
   * previous one for what was removed).
   */
  static void compare(SpecDocument previous, SpecDocument current, List<Finding> out) {
    String currentName = current.name();
    Map<String, SpecDocument.SpecOperation> before = new HashMap<>();
    previous.operations().forEach(op -> before.put(op.label(), op));
    for (SpecDocument.SpecOperation op : current.operations()) {
      SpecDocument.SpecOperation old = before.get(op.label());
      if (old != null) {
        rateLimits(old.node(), op.node(), op.pointer(), currentName, out);
        errorCodes(old, op, previous.name(), currentName, out);
      }
    }
    JsonNode oldSchemas = previous.root().path("components").path("schemas");
    for (var schema : current.root().path("components").path("schemas").properties()) {
      rules(
          oldSchemas.path(schema.getKey()).path("x-contract-rules"),
          schema.getValue().path("x-contract-rules"),
          "#/components/schemas/" + SpecDocument.escape(schema.getKey()) + "/x-contract-rules",
          currentName,
          out);
    }
  }

  private static void rateLimits(
      JsonNode old, JsonNode now, String pointer, String name, List<Finding> out) {
    for (String limit : LIMITS) {
      JsonNode from = old.path("x-rate-limit").path(limit);
      JsonNode to = now.path("x-rate-limit").path(limit);
      if (from.isNumber() && to.isNumber() && to.longValue() < from.longValue()) {
        out.add(
            new Finding(
                name,
                pointer + "/x-rate-limit/" + limit,
                "lower rate limit " + limit + ": " + from.asText() + " → " + to.asText()));
      }
    }
  }

  private static void errorCodes(
      SpecDocument.SpecOperation old,
      SpecDocument.SpecOperation now,
      String oldName,
      String name,
      List<Finding> out) {
    JsonNode oldCodes = old.node().path("x-error-codes");
    JsonNode newCodes = now.node().path("x-error-codes");
    for (int i = 0; i < oldCodes.size(); i++) {
      JsonNode code = oldCodes.get(i).path("code");
      JsonNode status = oldCodes.get(i).path("http-status");
      int found = indexOfCode(newCodes, code);
      if (found < 0) {
        out.add(
            new Finding(
                oldName,
                old.pointer() + "/x-error-codes/" + i,
                "removed error code "
                    + code.asText()
                    + ": http-status "
                    + status.asText()
                    + " → none"));
      } else {
        JsonNode newStatus = newCodes.get(found).path("http-status");
        if (!Objects.equals(status, newStatus)) {
          out.add(
              new Finding(
                  name,
                  now.pointer() + "/x-error-codes/" + found + "/http-status",
                  "changed http-status of error code "
                      + code.asText()
                      + ": "
                      + status.asText()
                      + " → "
                      + (newStatus.isMissingNode() ? "none" : newStatus.asText())));
        }
      }
    }
  }

  private static int indexOfCode(JsonNode codes, JsonNode code) {
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i).path("code").equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static void rules(
      JsonNode oldRules, JsonNode newRules, String pointer, String name, List<Finding> out) {
    Map<String, JsonNode> before = new HashMap<>();
    oldRules.forEach(rule -> before.put(rule.path("id").asText(), rule));
    for (int i = 0; i < newRules.size(); i++) {
      JsonNode rule = newRules.get(i);
      String id = rule.path("id").asText();
      JsonNode old = before.get(id);
      String at = pointer + "/" + i;
      if (old == null) {
        out.add(new Finding(name, at, "new contract rule " + id + ": none → " + describe(rule)));
      } else if (!withoutDoc(old).equals(withoutDoc(rule))) {
        if (withoutStrict(old).equals(withoutStrict(rule))) {
          boolean from = old.path("strict").asBoolean(false);
          boolean to = rule.path("strict").asBoolean(false);
          if (!from && to) {
            out.add(
                new Finding(
                    name,
                    at + "/strict",
                    "tightened contract rule " + id + ": strict false → true"));
          }
        } else {
          out.add(
              new Finding(
                  name,
                  at,
                  "changed contract rule " + id + ": " + describe(old) + " → " + describe(rule)));
        }
      }
    }
  }

  /** The rule as the spec says it, without its prose. */
  private static String describe(JsonNode rule) {
    return withoutDoc(rule).toString();
  }

  private static JsonNode withoutDoc(JsonNode rule) {
    JsonNode copy = rule.deepCopy();
    if (copy.isObject()) {
      ((ObjectNode) copy).remove("doc");
    }
    return copy;
  }

  private static JsonNode withoutStrict(JsonNode rule) {
    JsonNode copy = withoutDoc(rule);
    if (copy.isObject()) {
      ((ObjectNode) copy).remove("strict");
    }
    return copy;
  }
}
