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
 * The raw entry point's checks: a JSON text against a schema, every keyword the rules know ({@code
 * type}, {@code nullable}, {@code required}, {@code properties}, {@code items}, the value keywords
 * of {@link Keywords}), then the {@code x-contract-rules} of every object schema on the way. Never
 * throws on bad input.
 */
public final class JsonChecker {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Contract contract;

  /** A checker of that contract. */
  public JsonChecker(Contract contract) {
    this.contract = contract;
  }

  /** Checks a JSON text against a component schema; paths are relative to it. */
  public void checkBody(String schemaName, String json, List<RuleHit> out) {
    checkBody(contract.requireSchema(schemaName), json, out);
  }

  /** Checks a JSON text against a schema; paths are relative to it. */
  public void checkBody(Schema schema, String json, List<RuleHit> out) {
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
    Keywords.check(contract, schema, node, path, out);
    if (node.isObject()) {
      for (String name : schema.required()) {
        JsonNode child = node.get(name);
        if (child == null || (child.isNull() && !nullable(schema.properties().get(name)))) {
          out.add(
              new RuleHit(
                  DottedPaths.join(path, name), null, "required", Messages.REQUIRED, Map.of()));
        }
      }
      for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
        JsonNode child = node.get(property.getKey());
        // JSON null reads as absent, as the provider reads it; a nullable field may be null
        if (child != null && !child.isNull()) {
          check(property.getValue(), child, DottedPaths.join(path, property.getKey()), out);
        }
      }
      if (!schema.rules().isEmpty()) {
        int before = out.size();
        RuleEngine.evaluate(schema.rules(), null, node, JsonDocumentAccess.INSTANCE, out);
        for (int i = before; i < out.size(); i++) {
          out.set(i, out.get(i).under(path));
        }
      }
    } else if (node.isArray() && schema.items() != null) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isNull() && nullable(schema.items())) {
          continue;
        }
        check(schema.items(), item, path + "[" + i + "]", out);
      }
    }
  }

  private boolean nullable(Schema declared) {
    return declared != null && contract.resolve(declared).nullable();
  }

  private static RuleHit typeHit(Schema schema, JsonNode node, String path) {
    return new RuleHit(
        path,
        MessageValues.asFound(node),
        "type",
        Messages.TYPE,
        Map.of("type", schema.type(), "value", MessageValues.render(node)));
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
