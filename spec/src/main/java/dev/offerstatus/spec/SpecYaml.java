package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The one YAML reader of the spec: YAML 1.2 (core schema: {@code 2024-07-11} and {@code on} stay
 * strings), aliases expanded, duplicate keys refused, and bounded by {@link ReadLimits} (text size,
 * alias count, nodes after expansion, nesting depth) before and while reading.
 */
final class SpecYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SpecYaml() {}

  static ObjectNode read(String text, ReadLimits limits) {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(limits, "limits == null");
    if (text.length() > limits.maxChars()) {
      throw InvalidSpecException.whole(
          "The spec is "
              + text.length()
              + " characters long; the limit is "
              + limits.maxChars()
              + " characters.",
          null);
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(limits.maxAliases())
            .setCodePointLimit(Math.max(limits.maxChars(), 1))
            .setLabel("spec")
            .build();
    Object loaded;
    try {
      loaded = new Load(settings).loadFromString(text);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? 0 : mark.getLine() + 1;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      String problem = problem(e.getContext(), e.getProblem());
      throw new InvalidSpecException(
          "The spec is not valid YAML at line " + line + ", column " + column + ": " + problem,
          null,
          line,
          column,
          problem,
          e);
    } catch (YamlEngineException e) {
      String message = e.getMessage() == null ? "unreadable" : e.getMessage();
      if (message.startsWith("Number of aliases")) {
        throw InvalidSpecException.whole(
            "The spec uses more than "
                + limits.maxAliases()
                + " aliases of collections; the limit guards against alias bombs.",
            e);
      }
      throw InvalidSpecException.whole("The spec is not valid YAML: " + message, e);
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw InvalidSpecException.whole(
          "The spec is not an OpenAPI document (no top-level map).", null);
    }
    return (ObjectNode) new Converter(limits).convert(map, "#", 0);
  }

  private static String problem(String context, String problem) {
    String p = problem == null ? "unreadable" : problem.strip();
    return context == null ? p : context.strip() + "; " + p;
  }

  /** Copies snakeyaml-engine's objects into a Jackson tree, expanding aliases within the limits. */
  private static final class Converter {
    private final ReadLimits limits;
    private final Set<Object> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private long nodes;

    Converter(ReadLimits limits) {
      this.limits = limits;
    }

    JsonNode convert(Object value, String pointer, int depth) {
      if (++nodes > limits.maxNodes()) {
        throw InvalidSpecException.whole(
            "The spec expands to more than "
                + limits.maxNodes()
                + " YAML nodes (aliases included); the limit guards against alias bombs.",
            null);
      }
      if (depth > limits.maxDepth()) {
        throw InvalidSpecException.at(
            pointer, "nested deeper than " + limits.maxDepth() + " levels.");
      }
      if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
        if (!open.add(value)) {
          throw InvalidSpecException.at(pointer, "an alias refers to its own anchor (a cycle).");
        }
        try {
          return value instanceof Map<?, ?> map
              ? object(map, pointer, depth)
              : array((Collection<?>) value, pointer, depth);
        } finally {
          open.remove(value);
        }
      }
      return scalar(value);
    }

    private ObjectNode object(Map<?, ?> map, String pointer, int depth) {
      ObjectNode node = NODES.objectNode();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        node.set(key, convert(e.getValue(), pointer + "/" + ContractModel.escape(key), depth + 1));
      }
      return node;
    }

    private ArrayNode array(Collection<?> list, String pointer, int depth) {
      ArrayNode node = NODES.arrayNode();
      int i = 0;
      for (Object item : list) {
        node.add(convert(item, pointer + "/" + i++, depth + 1));
      }
      return node;
    }

    private static JsonNode scalar(Object value) {
      if (value == null) {
        return NODES.nullNode();
      }
      if (value instanceof String s) {
        return NODES.textNode(s);
      }
      if (value instanceof Boolean b) {
        return NODES.booleanNode(b);
      }
      if (value instanceof Integer i) {
        return NODES.numberNode(i);
      }
      if (value instanceof Long l) {
        return NODES.numberNode(l);
      }
      if (value instanceof BigInteger b) {
        return NODES.numberNode(b);
      }
      if (value instanceof Double d) {
        return d.isNaN() || d.isInfinite()
            ? NODES.textNode(d.toString())
            : NODES.numberNode(new BigDecimal(d.toString()));
      }
      if (value instanceof byte[] bytes) {
        return NODES.binaryNode(bytes);
      }
      return NODES.textNode(String.valueOf(value));
    }
  }
}
