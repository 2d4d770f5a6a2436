package dev.offerstatus.checks.propose;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.PageFacts;
import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.Example;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The proposal's edits of examples: a field's {@code example}, and a body example replaced by the
 * page's, written as block YAML in the spec's own style.
 */
final class ExampleEdits {
  private final SpecDocument spec;
  private final YamlLines yaml;
  private final SchemaEdits schemas;

  ExampleEdits(SpecDocument spec, YamlLines yaml, SchemaEdits schemas) {
    this.spec = spec;
    this.yaml = yaml;
    this.schemas = schemas;
  }

  String fieldExample(Drift d) {
    String schemaPointer = SchemaEdits.parent(d.pointer(), 1);
    String type = schemas.schemaAt(schemaPointer).map(Schema::type).orElse("");
    String value =
        SchemaEdits.literal(d.newValue(), type.equals("integer") || type.equals("number"));
    schemas.setOrAdd(schemaPointer, "example", value);
    return "set " + d.pointer() + " to " + d.newValue();
  }

  String bodyExample(Drift d, PageFacts page) {
    PageFacts.Value<JsonNode> example =
        d.subject().equals("request") ? page.requestExample() : page.responseExample();
    if (example == null) {
      throw new IllegalArgumentException("the page has no " + d.subject() + " example");
    }
    String target = closest(d.pointer(), example.value());
    List<String> rendered = new ArrayList<>();
    block(example.value(), "", rendered);
    yaml.setBlock(target, rendered);
    return "replaced " + target + " with the page's " + d.subject() + " example";
  }

  /** A JSON value as block YAML lines in the spec's own style (quoting only where needed). */
  static void block(JsonNode node, String indent, List<String> out) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.add(indent + "{}");
      }
      for (var e : node.properties()) {
        JsonNode v = e.getValue();
        String key = indent + YamlLines.quote(e.getKey()) + ":";
        if (v.isContainerNode() && !v.isEmpty()) {
          out.add(key);
          block(v, indent + (v.isArray() ? "  " : "  "), out);
        } else {
          out.add(key + " " + scalar(v));
        }
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.add(indent + "[]");
      }
      for (JsonNode v : node) {
        if (v.isContainerNode() && !v.isEmpty()) {
          List<String> inner = new ArrayList<>();
          block(v, indent + "  ", inner);
          out.add(indent + "- " + inner.get(0).substring(indent.length() + 2));
          out.addAll(inner.subList(1, inner.size()));
        } else {
          out.add(indent + "- " + scalar(v));
        }
      }
    } else {
      out.add(indent + scalar(node));
    }
  }

  private static String scalar(JsonNode v) {
    if (v.isTextual()) {
      return YamlLines.quote(v.asText());
    }
    if (v.isContainerNode()) {
      return v.isArray() ? "[]" : "{}";
    }
    return v.isNull() ? "null" : v.asText();
  }

  /**
   * Of the examples beside the one check-doc names (the same media type's), the one sharing the
   * most leaves (path and value) with the doc's, so that "the doc's example" is edited rather than
   * a scenario example that merely differs in fewer places.
   */
  private String closest(String named, JsonNode doc) {
    Set<String> docLeaves = leaves("", doc, new HashSet<>());
    String best = named;
    double bestScore = -1;
    for (Example candidate : siblings(named)) {
      Set<String> l = leaves("", candidate.value(), new HashSet<>());
      Set<String> union = new HashSet<>(l);
      union.addAll(docLeaves);
      l.retainAll(docLeaves);
      double score = union.isEmpty() ? 0 : (double) l.size() / union.size();
      if (score > bestScore) {
        best = candidate.pointer();
        bestScore = score;
      }
    }
    return best;
  }

  /** The examples of the body whose example's value is at {@code named}, or none. */
  private List<Example> siblings(String named) {
    for (Operation op : spec.model().operations()) {
      List<Body> bodies = new ArrayList<>();
      op.requestBody().ifPresent(bodies::add);
      op.responses().values().forEach(r -> r.content().ifPresent(bodies::add));
      for (Body body : bodies) {
        List<Example> examples = List.copyOf(body.examples().values());
        if (examples.stream().anyMatch(e -> e.pointer().equals(named))) {
          return examples;
        }
      }
    }
    return List.of();
  }

  private static Set<String> leaves(String prefix, JsonNode node, Set<String> into) {
    if (node.isContainerNode()) {
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          leaves(prefix + "/" + i, node.get(i), into);
        }
      }
      for (var e : node.properties()) {
        leaves(prefix + "/" + e.getKey(), e.getValue(), into);
      }
    } else {
      into.add(prefix + "=" + node.asText());
    }
    return into;
  }
}
