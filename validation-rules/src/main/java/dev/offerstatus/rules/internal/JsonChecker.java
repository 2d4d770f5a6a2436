package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.spec.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The raw entry point's checks: a JSON text against a component schema (types, required lists,
 * enums, {@code format: date}, then the {@code x-contract-rules} of every object schema on the way)
 * and an offer id against the path parameter's schema. Never throws on bad input.
 */
public final class JsonChecker {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Contract contract;

  /** A checker of that contract. */
  public JsonChecker(Contract contract) {
    this.contract = contract;
  }

  /** Checks an offer id against the request operation's path parameter (none: nothing to do). */
  public void checkOfferId(String offerId, List<RuleHit> out) {
    PathParameter parameter = contract.pathParameter();
    if (parameter == null) {
      return;
    }
    if (offerId == null) {
      out.add(new RuleHit(parameter.name(), null, "required", Messages.REQUIRED, Map.of()));
    } else if (!parameter.accepts(offerId)) {
      out.add(
          new RuleHit(
              parameter.name(),
              offerId,
              "path-segment",
              Messages.PATH_SEGMENT,
              Map.of("value", Scalars.render(offerId))));
    }
  }

  /** Checks a JSON text against a component schema; paths are relative to it. */
  public void checkBody(String schemaName, String json, List<RuleHit> out) {
    Schema schema = contract.requireSchema(schemaName);
    if (json == null) {
      out.add(new RuleHit("", null, "required", Messages.REQUIRED, Map.of()));
      return;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      out.add(json(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr()));
      return;
    }
    if (root == null || root.isMissingNode()) {
      out.add(json(1, 1));
      return;
    }
    check(schema, root, "", out);
  }

  private static RuleHit json(int line, int column) {
    return new RuleHit(
        "",
        null,
        "json",
        Messages.JSON,
        Map.of(
            "line",
            Integer.toString(Math.max(line, 1)),
            "column",
            Integer.toString(Math.max(column, 1))));
  }

  private void check(Schema declared, JsonNode node, String path, List<RuleHit> out) {
    Schema schema = contract.resolve(declared);
    if (schema.type() != null && !hasType(node, schema.type())) {
      out.add(typeHit(schema, node, path));
      return;
    }
    Object scalar = Scalars.of(node);
    if (!schema.enumValues().isEmpty() && !contains(schema.enumValues(), scalar)) {
      out.add(
          new RuleHit(
              path,
              Scalars.asFound(node),
              "enum",
              Messages.ENUM,
              Map.of(
                  "allowed", Scalars.renderAll(schema.enumValues()),
                  "value", Scalars.render(node))));
    }
    if ("date".equals(schema.format())
        && node.isTextual()
        && !CalendarDates.isValid(node.textValue())) {
      out.add(
          new RuleHit(
              path,
              node.textValue(),
              "date-format",
              Messages.DATE_FORMAT,
              Map.of("value", Scalars.render(node))));
    }
    if (node.isObject()) {
      for (String name : schema.required()) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
          out.add(
              new RuleHit(Paths.join(path, name), null, "required", Messages.REQUIRED, Map.of()));
        }
      }
      for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
        JsonNode child = node.get(property.getKey());
        if (child != null
            && !child.isNull()) { // JSON null reads as absent, as the provider reads it
          check(property.getValue(), child, Paths.join(path, property.getKey()), out);
        }
      }
      if (!schema.rules().isEmpty()) {
        int before = out.size();
        RuleEngine.evaluate(schema.rules(), null, node, JsonDoc.INSTANCE, out);
        for (int i = before; i < out.size(); i++) {
          out.set(i, out.get(i).under(path));
        }
      }
    } else if (node.isArray() && schema.items() != null) {
      for (int i = 0; i < node.size(); i++) {
        check(schema.items(), node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static boolean contains(List<Object> allowed, Object scalar) {
    for (Object value : allowed) {
      if (Scalars.same(scalar, value)) {
        return true;
      }
    }
    return false;
  }

  private static RuleHit typeHit(Schema schema, JsonNode node, String path) {
    return new RuleHit(
        path,
        Scalars.asFound(node),
        "type",
        Messages.TYPE,
        Map.of(
            "type",
            schema.type() == null ? "value" : schema.type(),
            "value",
            Scalars.render(node)));
  }

  private static boolean hasType(JsonNode node, String type) {
    return switch (type) {
      case "object" -> node.isObject();
      case "array" -> node.isArray();
      case "string" -> node.isTextual();
      case "boolean" -> node.isBoolean();
      case "number" -> node.isNumber();
      case "integer" ->
          node.isIntegralNumber() || (node.isNumber() && isWhole(node.decimalValue()));
      default -> true;
    };
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
