package dev.offerstatus.checks;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Checks a spec text before any parser builds it: its size, the number of nodes it expands to once
 * every YAML alias is replaced by its anchor (a "billion laughs" document of a few hundred bytes
 * expands to millions), and that every {@code $ref} stays inside the document unless external
 * references are allowed. It reads the YAML event stream only, which never expands an alias, so the
 * check itself is linear in the text.
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
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(Integer.MAX_VALUE); // counted below, by expansion
    ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
    Map<String, Long> anchors = new HashMap<>();
    // per open collection: {expanded size so far, 1 if a mapping, children seen}
    Deque<long[]> open = new ArrayDeque<>();
    Deque<String> openAnchors = new ArrayDeque<>();
    long total = 0;
    boolean refValueNext = false;
    try {
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        if (!(event instanceof NodeEvent) && !(event instanceof CollectionEndEvent)) {
          continue; // stream and document start/end
        }
        boolean isKey = false;
        if (!(event instanceof CollectionEndEvent) && !open.isEmpty()) {
          long[] parent = open.peek();
          isKey = parent[1] == 1 && parent[2] % 2 == 0;
          parent[2]++;
        }
        long size;
        if (event instanceof CollectionStartEvent start) {
          open.push(new long[] {1, event instanceof MappingStartEvent ? 1 : 0, 0});
          openAnchors.push(start.getAnchor() == null ? "" : start.getAnchor());
          refValueNext = false;
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
          if (refValueNext) {
            checkRef(scalar.getValue(), name, event.getStartMark());
          }
          refValueNext = isKey && scalar.getValue().equals("$ref");
        } else {
          size = anchors.getOrDefault(((AliasEvent) event).getAnchor(), 1L);
          refValueNext = false;
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
    } catch (YAMLException e) {
      // Malformed YAML: the parsers that follow report it with their own words and position.
    }
  }

  /** A {@code $ref} naming another document is refused unless external references are allowed. */
  private void checkRef(String value, String name, Mark mark) {
    String target = value.strip();
    if (!externalRefs && !target.startsWith("#")) {
      String kind =
          target.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*:.*|^//.*")
              ? "a URL"
              : "another file";
      throw new CheckInputException(
          name
              + ":"
              + (mark.getLine() + 1)
              + ": $ref \""
              + (target.length() > 100 ? target.substring(0, 100) + "..." : target)
              + "\" names "
              + kind
              + "; only references inside the document (#/...) are followed");
    }
  }
}
