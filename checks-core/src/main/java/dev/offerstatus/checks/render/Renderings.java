package dev.offerstatus.checks.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings every rendering of a Feishu doc page to the one the page parser reads: Markdown whose
 * field tables are GFM pipe tables with one row per field, nesting left to the parser (as in the
 * vendored snapshots).
 *
 * <ul>
 *   <li>The portal's own content (what the document-detail endpoint answers): HTML-like tables
 *       ({@code <md-table>}, {@code <md-tr>}, {@code <md-td>}, or plain {@code <table>}, {@code
 *       <tr>}, {@code <td>}) with {@code <md-enum-item key="...">} lists and {@code <md-text>}
 *       names become pipe tables; the lines after each table keep their line numbers.
 *   <li>Scraper renderings that mark nesting with {@code └} (indented with spaces or {@code
 *       &nbsp;}) and put {@code <br>} in cells: the marker is dropped in place, {@code <br>} is
 *       read by the parser as a line break; no line moves.
 *   <li>Scraper renderings that list a cell's enum values on one line ({@code - `a`: A - `b`: B}):
 *       each value goes on its own cell line; no line moves.
 *   <li>The vendored rendering is returned unchanged.
 * </ul>
 */
public final class Renderings {
  private static final Pattern TABLE =
      Pattern.compile("<(md-)?table\\b[^>]*>(.*?)</(md-)?table\\s*>", Pattern.DOTALL);
  private static final Pattern ROW =
      Pattern.compile("<(md-)?tr\\b[^>]*>(.*?)</(md-)?tr\\s*>", Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("<(?:md-)?t([hd])\\b[^>]*>(.*?)</(?:md-)?t[hd]\\s*>", Pattern.DOTALL);
  private static final Pattern ENUM_ITEM =
      Pattern.compile(
          "<md-enum-item\\b[^>]*?key\\s*=\\s*\"([^\"]*)\"[^>]*>(.*?)</md-enum-item\\s*>",
          Pattern.DOTALL);
  private static final Pattern PERMISSION =
      Pattern.compile(
          "<md-perm\\b[^>]*?name\\s*=\\s*\"([^\"]*)\"[^>]*>(.*?)</md-perm\\s*>", Pattern.DOTALL);
  private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOLD =
      Pattern.compile("</?(?:strong|b)\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*\\b[^>]*>");

  /** A cell listing two or more enum values on one line: "- `a`: A - `b`: B". */
  private static final Pattern INLINE_LIST =
      Pattern.compile("(?:^|<br>|[：:]\\s*)-\\s+`[^`|]+`\\s*[：:][^|]*?\\s-\\s+`[^`|]+`\\s*[：:]");

  /** An item of such a list after the first: " - `b`:". */
  private static final Pattern INLINE_ITEM = Pattern.compile("\\s+-\\s+(`[^`|]+`\\s*[：:])");

  private static final Pattern NESTING =
      Pattern.compile("^(\\s*\\|?)(?:[ \\t\\u00a0\\u3000]|&nbsp;|&emsp;|&ensp;)*└[─\\s\\u00a0]*");

  private Renderings() {}

  /** The page in the rendering the parser reads; the vendored rendering comes back unchanged. */
  public static String toMarkdown(String text) {
    Objects.requireNonNull(text, "text == null");
    String unified = text.replace("\r\n", "\n");
    if (TABLE.matcher(unified).find()) {
      unified = htmlTables(unified);
    }
    return splitInlineLists(unwrapNesting(unified));
  }

  /**
   * Puts each value of a cell's inline enum list ({@code - `a`: A - `b`: B}, as some scrapers
   * render the list) on its own cell line, as the vendored rendering has it; no line moves.
   */
  private static String splitInlineLists(String text) {
    if (text.indexOf('`') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.startsWith("```") || t.startsWith("~~~")) {
        fenced = !fenced;
      }
      if (!fenced && t.indexOf('|') >= 0 && INLINE_LIST.matcher(lines[i]).find()) {
        lines[i] = INLINE_ITEM.matcher(lines[i]).replaceAll("<br>- $1");
      }
    }
    return String.join("\n", lines);
  }

  private static String htmlTables(String text) {
    Matcher m = TABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String before = text.substring(last, m.start());
      out.append(before);
      List<String> lines = new ArrayList<>();
      boolean afterText = !out.isEmpty() && !out.toString().endsWith("\n\n") && out.length() > 0;
      if (afterText && !out.toString().endsWith("\n")) {
        out.append('\n');
      }
      if (afterText) {
        lines.add("");
      }
      lines.addAll(pipeTable(m.group(2)));
      long span = m.group().chars().filter(c -> c == '\n').count() + 1;
      while (lines.size() < span) {
        lines.add("");
      }
      out.append(String.join("\n", lines));
      last = m.end();
    }
    out.append(text.substring(last));
    return out.toString();
  }

  private static List<String> pipeTable(String body) {
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(body);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cells.add(cell(cell.group(2), cells.isEmpty()));
      }
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    List<String> lines = new ArrayList<>();
    if (rows.isEmpty()) {
      return lines;
    }
    lines.add(String.join(" | ", rows.get(0)));
    lines.add(String.join(" | ", rows.get(0).stream().map(c -> "---").toList()));
    for (List<String> r : rows.subList(1, rows.size())) {
      lines.add(String.join(" | ", r));
    }
    return lines;
  }

  /** One cell's content as a pipe-table cell: lines joined with {@code <br>}. */
  private static String cell(String html, boolean nameColumn) {
    String s =
        ENUM_ITEM
            .matcher(html)
            .replaceAll(
                r -> Matcher.quoteReplacement("\n- " + r.group(1) + "：" + r.group(2) + "\n"));
    s =
        PERMISSION
            .matcher(s)
            .replaceAll(
                r -> Matcher.quoteReplacement(r.group(2).strip() + "(" + r.group(1) + ")\n"));
    s = BREAK.matcher(s).replaceAll("\n");
    s = BOLD.matcher(s).replaceAll("**");
    s = TAG.matcher(s).replaceAll("");
    s = entities(s);
    List<String> lines = new ArrayList<>();
    for (String line : s.split("\n")) {
      String t = line.strip();
      if (nameColumn && lines.isEmpty()) {
        t = NESTING.matcher(t).replaceFirst("").strip();
      }
      if (!t.isEmpty()) {
        lines.add(t.replace("|", "\\|"));
      }
    }
    return lines.isEmpty() ? "-" : String.join("<br>", lines);
  }

  private static String entities(String s) {
    return s.replace("&nbsp;", " ")
        .replace("&emsp;", " ")
        .replace("&ensp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** Drops the {@code └} nesting marker at the start of pipe-table rows, keeping every line. */
  private static String unwrapNesting(String text) {
    if (text.indexOf('└') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.startsWith("```") || t.startsWith("~~~")) {
        fenced = !fenced;
      }
      if (!fenced && lines[i].indexOf('└') >= 0 && lines[i].indexOf('|') >= 0) {
        Matcher m = NESTING.matcher(lines[i]);
        if (m.find()) {
          lines[i] =
              m.group(1) + (m.group(1).endsWith("|") ? " " : "") + lines[i].substring(m.end());
        }
      }
    }
    return String.join("\n", lines);
  }
}
