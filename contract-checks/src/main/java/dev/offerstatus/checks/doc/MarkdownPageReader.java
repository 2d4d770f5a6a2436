package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.doc.PageFacts.Value;
import dev.offerstatus.checks.doc.PageSections.RawTable;
import dev.offerstatus.checks.doc.PageSections.Segment;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.InvalidSpecException;
import dev.offerstatus.spec.ReadLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the Markdown export of a Feishu API doc page (GFM tables, as exported from open.feishu.cn)
 * with commonmark into {@link PageSections}; it knows Markdown, not what the page means. Feishu
 * writes multi-line table cells as Markdown hard line breaks (two trailing spaces); before parsing,
 * those breaks are made explicit ({@code <br>}) so that each table row stays one row, and every
 * cell line keeps the page line it came from.
 */
final class MarkdownPageReader {
  private static final Parser MARKDOWN =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  /** Front matter is a few lines: a few thousand characters, no aliases. */
  private static final ReadLimits FRONT_MATTER = new ReadLimits(64 * 1024, 0, 10_000, 20);

  /** Reads page text; {@code name} is how reports call it. */
  static PageSections read(String text, String name) {
    MarkdownPageReader reader = new MarkdownPageReader(text, name);
    return new PageSections(name, reader.frontMatter, reader.tables, reader.code);
  }

  private final String name;
  private final List<String> lines = new ArrayList<>();
  private final List<int[]> origins = new ArrayList<>();
  private final Map<String, RawTable> tables = new LinkedHashMap<>();
  private final Map<String, Value<String>> code = new LinkedHashMap<>();
  private final Map<String, Value<String>> frontMatter = new LinkedHashMap<>();

  private MarkdownPageReader(String text, String name) {
    this.name = name;
    String[] physical = text.replace("\r\n", "\n").split("\n", -1);
    int start = skipFrontMatter(physical);
    normalize(physical, start);
    Node document = MARKDOWN.parse(String.join("\n", lines));
    String section = "";
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        section = inlineText(heading).trim();
      } else if (block instanceof TableBlock table && !tables.containsKey(section)) {
        tables.put(section, table(table));
      } else if (block instanceof FencedCodeBlock fence && !code.containsKey(section)) {
        code.put(section, new Value<>(fence.getLiteral(), pageLine(lineOf(block), 0)));
      }
    }
  }

  /** Reads the YAML front matter's scalar keys, each with its line; returns the body's start. */
  private int skipFrontMatter(String[] physical) {
    if (physical.length == 0 || !physical[0].trim().equals("---")) {
      return 0;
    }
    for (int i = 1; i < physical.length; i++) {
      if (physical[i].trim().equals("---")) {
        readFrontMatter(physical, i);
        return i + 1;
      }
    }
    throw new CheckInputException(name + ":1: front matter '---' is never closed");
  }

  private void readFrontMatter(String[] physical, int end) {
    String yaml = String.join("\n", java.util.Arrays.asList(physical).subList(1, end));
    JsonNode tree;
    try {
      tree = ContractModel.readYaml(yaml, FRONT_MATTER);
    } catch (InvalidSpecException e) {
      int line = 1 + Math.max(e.line(), 1);
      throw new CheckInputException(
          name
              + ":"
              + line
              + ": malformed front matter: "
              + (e.yamlProblem() != null ? e.yamlProblem() : e.getMessage()),
          e);
    }
    if (tree == null || !tree.isObject()) {
      return;
    }
    for (var entry : tree.properties()) {
      if (entry.getValue().isValueNode()) {
        int line = 2;
        for (int i = 1; i < end; i++) {
          if (physical[i].startsWith(entry.getKey() + ":")) {
            line = i + 1;
            break;
          }
        }
        frontMatter.put(entry.getKey(), new Value<>(entry.getValue().asText(), line));
      }
    }
  }

  /** Joins Markdown hard line breaks (two trailing spaces) into one line with {@code <br>}. */
  private void normalize(String[] physical, int start) {
    boolean fenced = false;
    for (int i = start; i < physical.length; i++) {
      String line = physical[i];
      if (line.trim().startsWith("```") || line.trim().startsWith("~~~")) {
        fenced = !fenced;
      }
      List<Integer> origin = new ArrayList<>(List.of(i + 1));
      StringBuilder joined = new StringBuilder(line);
      while (!fenced && i + 1 < physical.length && joinsNext(physical[i], physical[i + 1])) {
        i++;
        joined.setLength(joined.length() - trailingSpaces(joined));
        joined.append("<br>").append(physical[i].strip());
        origin.add(i + 1);
      }
      lines.add(joined.toString());
      origins.add(origin.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  private static boolean joinsNext(String line, String next) {
    String n = next.strip();
    return line.endsWith("  ")
        && !line.isBlank()
        && !n.isEmpty()
        && !n.startsWith("#")
        && !n.startsWith("```")
        && !n.startsWith("---");
  }

  private static int trailingSpaces(CharSequence s) {
    int n = 0;
    while (n < s.length() && s.charAt(s.length() - 1 - n) == ' ') {
      n++;
    }
    return n;
  }

  private int lineOf(Node node) {
    return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
  }

  private int pageLine(int normalizedIndex, int segment) {
    int[] origin = origins.get(Math.min(normalizedIndex, origins.size() - 1));
    return origin[Math.min(segment, origin.length - 1)];
  }

  private RawTable table(TableBlock block) {
    List<String> header = new ArrayList<>();
    List<List<List<Segment>>> rows = new ArrayList<>();
    int headerLine = pageLine(lineOf(block), 0);
    for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<List<Segment>> cells = cells(row);
        if (part instanceof TableHead) {
          cells.forEach(c -> header.add(c.isEmpty() ? "" : c.get(0).text()));
        } else {
          rows.add(cells);
        }
      }
    }
    return new RawTable(headerLine, header, rows);
  }

  private List<List<Segment>> cells(Node row) {
    int index = lineOf(row);
    int segment = 0;
    List<List<Segment>> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (!(cell instanceof TableCell)) {
        continue;
      }
      List<StringBuilder> parts = new ArrayList<>(List.of(new StringBuilder()));
      collect(cell, parts);
      List<Segment> segments = new ArrayList<>();
      for (StringBuilder part : parts) {
        String text = part.toString().strip();
        if (!text.isEmpty()) {
          segments.add(new Segment(text, pageLine(index, segment)));
        }
        segment++;
      }
      segment--;
      cells.add(segments);
    }
    return cells;
  }

  private static void collect(Node node, List<StringBuilder> parts) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        parts.get(parts.size() - 1).append(text.getLiteral());
      } else if (child instanceof Code c) {
        parts.get(parts.size() - 1).append(c.getLiteral());
      } else if (child instanceof HtmlInline html
          && html.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br")) {
        parts.add(new StringBuilder());
      } else if (child instanceof HardLineBreak || child instanceof SoftLineBreak) {
        parts.add(new StringBuilder());
      } else {
        collect(child, parts);
      }
    }
  }

  private static String inlineText(Node node) {
    List<StringBuilder> parts = new ArrayList<>(List.of(new StringBuilder()));
    collect(node, parts);
    return String.join(" ", parts);
  }
}
