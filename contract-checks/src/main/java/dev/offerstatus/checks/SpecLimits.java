package dev.offerstatus.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.models.RefFormat;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.RefUtils;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Bounds what check-compat hands to swagger-parser. {@link #check} reads a spec text before any
 * parser builds it: its size, and the number of nodes it expands to once every YAML alias is
 * replaced by its anchor (a "billion laughs" document of a few hundred bytes expands to millions).
 * It reads the event stream of the YAML parser swagger-parser uses, which never expands an alias,
 * so the check itself is linear in the text; a text that parser cannot read is refused. {@link
 * #checkReferences} then decides on the tree swagger-parser itself built (aliases expanded, JSON
 * escapes decoded) that every {@code $ref} stays inside the document unless external references are
 * allowed.
 *
 * @param maxChars the longest text accepted
 * @param maxNodes the most nodes the document may expand to
 * @param externalRefs whether a {@code $ref} may name another file or a URL (swagger-parser then
 *     reads it)
 */
public record SpecLimits(int maxChars, long maxNodes, boolean externalRefs) {
  /** 4 Mi characters, 200,000 expanded nodes (this project's spec has about 2,000), local refs. */
  public static final SpecLimits DEFAULT = new SpecLimits(4 * 1024 * 1024, 200_000, false);

  /**
   * Refuses {@code text} when it breaks a limit, naming {@code name}, the line and the limit.
   *
   * @throws CheckInputException when it does
   */
  public void check(String text, String name) {
    if (text.length() > maxChars) {
      throw new CheckInputException(
          name
              + ": "
              + text.length()
              + " characters, more than the "
              + maxChars
              + " a spec may have; refused before parsing");
    }
    if (DeserializationUtils.isJson(text)) {
      return; // swagger-parser reads it as JSON: no aliases, at most one node per character
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(Integer.MAX_VALUE); // counted below, by expansion
    ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
    Map<String, Long> anchors = new HashMap<>();
    // per open collection: {expanded size so far}
    Deque<long[]> open = new ArrayDeque<>();
    Deque<String> openAnchors = new ArrayDeque<>();
    long total = 0;
    try {
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        if (!(event instanceof NodeEvent) && !(event instanceof CollectionEndEvent)) {
          continue; // stream and document start/end
        }
        long size;
        if (event instanceof CollectionStartEvent start) {
          open.push(new long[] {1});
          openAnchors.push(start.getAnchor() == null ? "" : start.getAnchor());
          continue;
        } else if (event instanceof CollectionEndEvent) {
          size = open.pop()[0];
          String anchor = openAnchors.pop();
          if (!anchor.isEmpty()) {
            anchors.put(anchor, size);
          }
        } else if (event instanceof ScalarEvent scalar) {
          size = 1;
          if (scalar.getAnchor() != null) {
            anchors.put(scalar.getAnchor(), size);
          }
        } else {
          size = anchors.getOrDefault(((AliasEvent) event).getAnchor(), 1L);
        }
        if (open.isEmpty()) {
          total += size;
        } else {
          open.peek()[0] += size;
        }
        long expanded = total;
        for (long[] collection : open) {
          expanded += collection[0];
        }
        if (expanded > maxNodes) {
          throw new CheckInputException(
              name
                  + ":"
                  + (event.getStartMark().getLine() + 1)
                  + ": the document expands to more than "
                  + maxNodes
                  + " nodes once its YAML aliases are replaced by their anchors; refused before"
                  + " parsing");
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new CheckInputException(
          name
              + (mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
              + ": malformed YAML: "
              + oneLine(e.getProblem() != null ? e.getProblem() : e.getContext())
              + "; refused before parsing",
          e);
    } catch (YAMLException e) {
      throw new CheckInputException(
          name + ": malformed YAML: " + oneLine(e.getMessage()) + "; refused before parsing", e);
    }
  }

  /**
   * Refuses a {@code $ref} naming another file or a URL, unless external references are allowed,
   * anywhere in {@code tree}: the tree swagger-parser built from the text and reads references
   * from, so an alias, a JSON escape or any other spelling is seen as swagger-parser sees it. A
   * reference is local when it starts with {@code #} and swagger-parser also reads it as one.
   *
   * @throws CheckInputException naming the reference's JSON pointer and the reference
   */
  public void checkReferences(JsonNode tree, String name) {
    if (externalRefs) {
      return;
    }
    // depth first, in document order: children are pushed last to first
    Deque<JsonNode> nodes = new ArrayDeque<>();
    Deque<String> pointers = new ArrayDeque<>();
    nodes.push(tree);
    pointers.push("#");
    while (!nodes.isEmpty()) {
      JsonNode node = nodes.pop();
      String pointer = pointers.pop();
      List<JsonNode> children = new ArrayList<>();
      List<String> at = new ArrayList<>();
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          children.add(node.get(i));
          at.add(pointer + "/" + i);
        }
      } else if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          String fieldPointer = pointer + "/" + SpecDocument.escape(field.getKey());
          JsonNode value = field.getValue();
          if (field.getKey().equals("$ref") && value.isValueNode() && !value.isNull()) {
            checkRef(value.asText(), name, fieldPointer);
          }
          children.add(value);
          at.add(fieldPointer);
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        nodes.push(children.get(i));
        pointers.push(at.get(i));
      }
    }
  }

  /** At most 100 characters of {@code text}, control characters escaped ({@code \\u000a}). */
  private static String shown(String text) {
    String cut = text.length() > 100 ? text.substring(0, 100) + "..." : text;
    StringBuilder out = new StringBuilder(cut.length());
    cut.chars()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }

  private static String oneLine(String text) {
    return String.valueOf(text).strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** A {@code $ref} naming another document is refused. */
  private static void checkRef(String target, String name, String pointer) {
    if (!target.startsWith("#") || RefUtils.computeRefFormat(target) != RefFormat.INTERNAL) {
      String kind =
          target.strip().toLowerCase(Locale.ROOT).matches("(?s)^[a-z][a-z0-9+.-]*:.*|^//.*")
              ? "a URL"
              : "another file";
      throw new CheckInputException(
          name
              + ": "
              + pointer
              + ": $ref \""
              + shown(target)
              + "\" names "
              + kind
              + "; only references inside the document (#/...) are followed");
    }
  }
}
