package dev.offerstatus.checks.doc;

import dev.offerstatus.checks.doc.PageFacts.Value;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A doc page as its rendering gives it, before any meaning is read from it: the front matter, and
 * under each section heading the first table and the first code block, every cell line with the
 * page line it came from. {@link MarkdownPageReader} reads the Markdown export; another rendering
 * of the same pages (HTML tables, {@code └} nesting marks, ...) only needs a reader producing this,
 * and {@link FeishuPageParser} reads the page's meaning from it.
 *
 * @param name how reports call the page
 * @param frontMatter the front matter's scalar keys with their lines
 * @param tables the first table under each heading, by heading text
 * @param code the first code block under each heading, by heading text
 */
record PageSections(
    String name,
    Map<String, Value<String>> frontMatter,
    Map<String, RawTable> tables,
    Map<String, Value<String>> code) {
  PageSections {
    Objects.requireNonNull(name, "name == null");
    frontMatter = Map.copyOf(frontMatter);
    tables = Map.copyOf(tables);
    code = Map.copyOf(code);
  }

  /** One line of a cell: its text with markup removed (link text kept), and its page line. */
  record Segment(String text, int line) {}

  /**
   * A table: its header cells and its rows, each row a list of cells, each cell a list of lines.
   *
   * @param line the header row's page line
   */
  record RawTable(int line, List<String> header, List<List<List<Segment>>> rows) {}
}
