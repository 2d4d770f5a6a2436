package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The one YAML reader of the spec: YAML 1.2 (core schema: {@code 2024-07-11} and {@code on} stay
 * strings), aliases expanded, duplicate keys refused, and bounded by {@link ReadLimits} (text size,
 * alias count, nodes after expansion, nesting depth) before and while reading. It keeps the line
 * each node was written on, by JSON pointer (an alias's nodes: the lines of its anchor).
 */
final class SpecYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A read document.
   *
   * @param root the tree, aliases expanded
   * @param lines the 1-based line of each node by JSON pointer ({@code #} is line 1); a map entry's
   *     line is its key's
   */
  record Document(JsonNode root, Map<String, Integer> lines) {}

  private SpecYaml() {}

  static ObjectNode read(String text, ReadLimits limits) {
    return (ObjectNode) document(text, limits).root();
  }

  static Document document(String text, ReadLimits limits) {
    Document any = any(text, limits);
    if (!any.root().isObject()) {
      throw InvalidSpecException.whole(
          "The spec is not an OpenAPI document (no top-level map).", null);
    }
    return any;
  }

  /**
   * Any YAML 1.2 document with the same rules and limits: a map, a list or a scalar; an empty
   * document is a missing node. The root of the returned document is then not necessarily a map.
   */
  static Document any(String text, ReadLimits limits) {
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
    Optional<Node> composed;
    try {
      composed = new Compose(settings).composeString(text);
      loaded = new StandardConstructor(settings).constructSingleDocument(composed);
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
    Converter converter = new Converter(limits);
    JsonNode root =
        loaded == null && composed.isEmpty()
            ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
            : converter.convert(loaded, composed.orElse(null), "#", 0);
    converter.lines.put("#", 1);
    return new Document(root, java.util.Collections.unmodifiableMap(converter.lines));
  }

  private static String problem(String context, String problem) {
    String p = problem == null ? "unreadable" : problem.strip();
    return context == null ? p : context.strip() + "; " + p;
  }

  /** Copies snakeyaml-engine's objects into a Jackson tree, expanding aliases within the limits. */
  private static final class Converter {
    private final ReadLimits limits;
    private final Set<Object> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Integer> lines = new HashMap<>();
    private long nodes;

    Converter(ReadLimits limits) {
      this.limits = limits;
    }

    /** Converts {@code value}, composed from {@code node} (null when unknown), found at pointer. */
    JsonNode convert(Object value, Node node, String pointer, int depth) {
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
              ? object(map, node instanceof MappingNode m ? m.getValue() : null, pointer, depth)
              : array(
                  (Collection<?>) value,
                  node instanceof SequenceNode s ? s.getValue() : null,
                  pointer,
                  depth);
        } finally {
          open.remove(value);
        }
      }
      return scalar(value);
    }

    /**
     * A map, entry by entry with its tuple: without duplicate keys (refused) the constructed map
     * keeps the tuples' order, so the two walk together.
     */
    private ObjectNode object(Map<?, ?> map, List<NodeTuple> tuples, String pointer, int depth) {
      ObjectNode node = NODES.objectNode();
      Iterator<NodeTuple> composed =
          tuples != null && tuples.size() == map.size() ? tuples.iterator() : null;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        String at = pointer + "/" + ContractModel.escape(key);
        NodeTuple tuple = composed == null ? null : composed.next();
        if (tuple != null) {
          line(at, tuple.getKeyNode());
        }
        node.set(
            key, convert(e.getValue(), tuple == null ? null : tuple.getValueNode(), at, depth + 1));
      }
      return node;
    }

    private ArrayNode array(Collection<?> list, List<Node> items, String pointer, int depth) {
      ArrayNode node = NODES.arrayNode();
      Iterator<Node> composed =
          items != null && items.size() == list.size() ? items.iterator() : null;
      int i = 0;
      for (Object item : list) {
        String at = pointer + "/" + i++;
        Node itemNode = composed == null ? null : composed.next();
        if (itemNode != null) {
          line(at, itemNode);
        }
        node.add(convert(item, itemNode, at, depth + 1));
      }
      return node;
    }

    private void line(String pointer, Node node) {
      node.getStartMark().ifPresent(mark -> lines.put(pointer, mark.getLine() + 1));
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
