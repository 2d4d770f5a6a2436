package dev.offerstatus.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.checks.DocPage.EnumValue;
import dev.offerstatus.checks.DocPage.Field;
import dev.offerstatus.checks.DocPage.Table;
import dev.offerstatus.checks.DocPage.Value;
import dev.offerstatus.checks.render.Renderings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reads a Feishu API doc page (Markdown with GFM tables, as exported from open.feishu.cn) with
 * commonmark. Feishu writes multi-line table cells as Markdown hard line breaks (two trailing
 * spaces); before parsing, those breaks are made explicit ({@code <br>}) so that each table row
 * stays one row, and every cell line keeps the page line it came from. Other renderings of a page
 * (the portal's HTML-like tables, {@code └} nesting marks) are first brought to this one by {@link
 * Renderings}.
 */
public final class DocPageParser {
  private static final Parser MARKDOWN =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
  private static final Pattern RATE = Pattern.compile("(\\d+)\\s*次\\s*/\\s*(秒|分钟|小时|天)");
  private static final Map<String, String> RATE_WINDOWS =
      Map.of("秒", "per-second", "分钟", "per-minute", "小时", "per-hour", "天", "per-day");
  private static final Pattern SCOPE = Pattern.compile("[(（]([A-Za-z0-9_.:\\-]+)[)）]");
  private static final Pattern PATH_PARAM = Pattern.compile("/:([A-Za-z0-9_]+)");
  private static final Set<String> LABELS =
      Set.of("示例值", "值格式", "固定值", "可选值有", "注意", "默认值", "数据校验规则");
  private static final Set<String> STRINGS = Set.of("string");
  private static final Set<String> INTEGERS = Set.of("int", "integer", "int32", "int64", "long");
  private static final Set<String> NUMBERS = Set.of("float", "double", "number");
  private static final Set<String> BOOLEANS = Set.of("boolean", "bool");

  private DocPageParser() {}

  /** Reads and parses a page file; {@code name} is how reports call it. */
  public static DocPage read(Path file, String name) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(name, "name == null");
    return parse(SpecDocument.readText(file, name, "doc page"), name);
  }

  /** Parses page text. A page not in the expected shape is a {@link CheckInputException}. */
  public static DocPage parse(String text, String name) {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(name, "name == null");
    return new Reader(Renderings.toMarkdown(text), name).page();
  }

  /** The JSON type a doc type stands for: string, integer, number, boolean, array, object. */
  static String jsonType(String docType) {
    String t = docType.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("[]")) {
      return "array";
    }
    if (STRINGS.contains(t)) {
      return "string";
    }
    if (INTEGERS.contains(t)) {
      return "integer";
    }
    if (NUMBERS.contains(t)) {
      return "number";
    }
    return BOOLEANS.contains(t) ? "boolean" : "object";
  }

  /** One cell line: text with markup removed, and its page line. */
  private record Segment(String text, int line) {}

  /** A table: header cells and rows of cells, each cell a list of lines. */
  private record RawTable(int line, List<String> header, List<List<List<Segment>>> rows) {}

  private static final class Reader {
    private final String name;
    private final List<String> lines = new ArrayList<>();
    private final List<int[]> origins = new ArrayList<>();
    private final Map<String, RawTable> tables = new LinkedHashMap<>();
    private final Map<String, Value<String>> code = new LinkedHashMap<>();
    private final Map<String, Value<String>> frontMatter = new LinkedHashMap<>();

    Reader(String text, String name) {
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
        tree = YAML.readTree(yaml);
      } catch (JsonProcessingException e) {
        int line = 1 + (e.getLocation() == null ? 1 : e.getLocation().getLineNr());
        throw new CheckInputException(
            name
                + ":"
                + line
                + ": malformed front matter: "
                + e.getOriginalMessage().lines().findFirst().orElse(""),
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

    DocPage page() {
      RawTable basics = tables.get("请求");
      if (basics == null) {
        throw new CheckInputException(
            name
                + ": no table under a '请求' heading: not a Feishu API doc page in the expected shape");
      }
      Map<String, List<Segment>> rows = new LinkedHashMap<>();
      for (List<List<Segment>> row : basics.rows()) {
        if (row.size() >= 2 && !row.get(0).isEmpty()) {
          rows.put(row.get(0).get(0).text(), row.get(1));
        }
      }
      List<Segment> url = rows.get("HTTP URL");
      List<Segment> method = rows.get("HTTP Method");
      if (url == null || url.isEmpty() || method == null || method.isEmpty()) {
        throw new CheckInputException(
            name
                + ":"
                + basics.line()
                + ": the 请求 table has no 'HTTP URL' or 'HTTP Method' row: not a Feishu API doc page"
                + " in the expected shape");
      }
      Value<JsonNode> requestExample = example("请求体示例");
      Value<JsonNode> responseExample = example("响应体示例");
      return new DocPage(
          name,
          new Value<>(method.get(0).text().toUpperCase(Locale.ROOT), method.get(0).line()),
          new Value<>(path(url.get(0)), url.get(0).line()),
          rateLimit(rows.get("接口频率限制")),
          scopes(rows.get("权限要求")),
          fields("请求头", null),
          fields("路径参数", null),
          fields("请求体", requestExample == null ? null : requestExample.value()),
          requestExample,
          fields("响应体", responseExample == null ? null : responseExample.value()),
          responseExample,
          errorCodes(),
          frontMatter);
    }

    private String path(Segment url) {
      String text = url.text();
      try {
        URI uri = new URI(text);
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/")) {
          throw new URISyntaxException(text, "no absolute path");
        }
        return PATH_PARAM.matcher(path).replaceAll("/{$1}");
      } catch (URISyntaxException e) {
        throw new CheckInputException(
            name + ":" + url.line() + ": HTTP URL \"" + text + "\" is not a URL", e);
      }
    }

    private Value<Map<String, Integer>> rateLimit(List<Segment> cell) {
      if (cell == null || cell.isEmpty()) {
        return null;
      }
      Map<String, Integer> limits = new LinkedHashMap<>();
      Matcher m = RATE.matcher(cell.get(0).text());
      while (m.find()) {
        limits.put(RATE_WINDOWS.get(m.group(2)), Integer.valueOf(m.group(1)));
      }
      if (limits.isEmpty()) {
        throw new CheckInputException(
            name
                + ":"
                + cell.get(0).line()
                + ": rate limit \""
                + cell.get(0).text()
                + "\" is not in the form \"N 次/分钟、M 次/秒\"");
      }
      return new Value<>(limits, cell.get(0).line());
    }

    private Value<List<String>> scopes(List<Segment> cell) {
      if (cell == null || cell.isEmpty()) {
        return null;
      }
      List<String> scopes = new ArrayList<>();
      for (Segment segment : cell) {
        Matcher m = SCOPE.matcher(segment.text());
        while (m.find()) {
          scopes.add(m.group(1));
        }
      }
      return new Value<>(scopes, cell.get(0).line());
    }

    private Value<JsonNode> example(String section) {
      Value<String> fence = code.get(section);
      if (fence == null) {
        return null;
      }
      try {
        return new Value<>(JSON.readTree(fence.value()), fence.line());
      } catch (JsonProcessingException e) {
        int line = fence.line() + (e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        throw new CheckInputException(
            name
                + ":"
                + line
                + ": the "
                + section
                + " is not valid JSON: "
                + e.getOriginalMessage().lines().findFirst().orElse(""),
            e);
      }
    }

    private int column(RawTable table, String header, boolean mandatory, String section) {
      int index = table.header().indexOf(header);
      if (index < 0 && mandatory) {
        throw new CheckInputException(
            name
                + ":"
                + table.line()
                + ": the "
                + section
                + " table has no '"
                + header
                + "' column (columns: "
                + String.join(", ", table.header())
                + ")");
      }
      return index;
    }

    private Table fields(String section, JsonNode example) {
      RawTable table = tables.get(section);
      if (table == null) {
        return Table.absent();
      }
      int nameColumn = column(table, "名称", true, section);
      int typeColumn = column(table, "类型", true, section);
      int requiredColumn = column(table, "必填", false, section);
      int descriptionColumn = column(table, "描述", true, section);
      List<Field> fields = new ArrayList<>();
      Deque<Frame> frames = new ArrayDeque<>();
      frames.push(new Frame("", example));
      for (List<List<Segment>> row : table.rows()) {
        List<Segment> nameCell = cell(row, nameColumn);
        if (nameCell.isEmpty()) {
          continue;
        }
        String fieldName = nameCell.get(0).text();
        List<Segment> typeCell = cell(row, typeColumn);
        if (typeCell.isEmpty()) {
          throw new CheckInputException(
              name
                  + ":"
                  + nameCell.get(0).line()
                  + ": "
                  + section
                  + " row "
                  + fieldName
                  + " has no type");
        }
        String type = typeCell.get(0).text();
        Frame parent = parentOf(frames, fieldName);
        String path = parent.path().isEmpty() ? fieldName : parent.path() + "." + fieldName;
        Boolean required = null;
        if (requiredColumn >= 0 && !cell(row, requiredColumn).isEmpty()) {
          String flag = cell(row, requiredColumn).get(0).text();
          required = flag.equals("是") ? Boolean.TRUE : flag.equals("否") ? Boolean.FALSE : null;
        }
        fields.add(
            field(path, type, required, cell(row, descriptionColumn), nameCell.get(0).line()));
        String kind = jsonType(type);
        if (kind.equals("object")
            || (kind.equals("array")
                && jsonType(type.substring(0, type.length() - 2)).equals("object"))) {
          JsonNode child = parent.example() == null ? null : parent.example().get(fieldName);
          if (child != null && child.isArray()) {
            child = child.isEmpty() ? null : child.get(0);
          }
          frames.push(new Frame(path, child != null && child.isObject() ? child : null));
        }
      }
      return new Table(table.line(), fields);
    }

    /**
     * The object a row belongs to: the innermost open object whose example has the name; when no
     * example has it, the innermost open object (rows follow their parent in the doc).
     */
    private static Frame parentOf(Deque<Frame> frames, String fieldName) {
      int depth = 0;
      for (Frame frame : frames) {
        if (frame.example() != null && frame.example().has(fieldName)) {
          for (int i = 0; i < depth; i++) {
            frames.pop();
          }
          return frame;
        }
        depth++;
      }
      return frames.peek();
    }

    private static List<Segment> cell(List<List<Segment>> row, int column) {
      return column >= 0 && column < row.size() ? row.get(column) : List.of();
    }

    private Field field(
        String path, String type, Boolean required, List<Segment> description, int line) {
      String text = "";
      String example = null;
      String format = null;
      String fixed = null;
      List<EnumValue> enums = new ArrayList<>();
      List<Value<String>> notes = new ArrayList<>();
      boolean inEnum = false;
      for (int i = 0; i < description.size(); i++) {
        Segment s = description.get(i);
        if (i == 0 && label(s.text()) == null) {
          text = s.text();
          continue;
        }
        String t = s.text();
        if (t.startsWith("- ") && inEnum) {
          String entry = t.substring(2).strip();
          int colon = indexOfColon(entry);
          enums.add(
              colon < 0
                  ? new EnumValue(entry, "", s.line())
                  : new EnumValue(
                      entry.substring(0, colon).strip(),
                      entry.substring(colon + 1).strip(),
                      s.line()));
          continue;
        }
        inEnum = false;
        String label = label(t);
        String rest = label == null ? t : t.substring(indexOfColon(t) + 1).strip();
        if ("示例值".equals(label)) {
          example = unquote(rest);
        } else if ("值格式".equals(label)) {
          format = unquote(rest);
        } else if ("固定值".equals(label)) {
          fixed = unquote(rest);
        } else if ("可选值有".equals(label)) {
          inEnum = true;
        } else if ("注意".equals(label)) {
          notes.add(new Value<>(rest, s.line()));
        }
      }
      return new Field(path, type, required, text, example, format, fixed, enums, notes, line);
    }

    private static String label(String text) {
      int colon = indexOfColon(text);
      String label = colon <= 0 ? null : text.substring(0, colon).strip();
      return label != null && LABELS.contains(label) ? label : null;
    }

    private static int indexOfColon(String text) {
      int full = text.indexOf('：');
      int half = text.indexOf(':');
      if (full < 0) {
        return half;
      }
      return half < 0 ? full : Math.min(full, half);
    }

    private static String unquote(String text) {
      String t = text.strip();
      if (t.length() >= 2
          && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
        return t.substring(1, t.length() - 1);
      }
      return t;
    }

    private Value<List<DocPage.ErrorCode>> errorCodes() {
      RawTable table = tables.get("错误码");
      if (table == null) {
        return null;
      }
      int statusColumn = column(table, "HTTP状态码", true, "错误码");
      int codeColumn = column(table, "错误码", true, "错误码");
      int descriptionColumn = column(table, "描述", true, "错误码");
      List<DocPage.ErrorCode> codes = new ArrayList<>();
      for (List<List<Segment>> row : table.rows()) {
        List<Segment> status = cell(row, statusColumn);
        List<Segment> code = cell(row, codeColumn);
        if (status.isEmpty() || code.isEmpty()) {
          continue;
        }
        try {
          codes.add(
              new DocPage.ErrorCode(
                  Integer.parseInt(status.get(0).text()),
                  Long.parseLong(code.get(0).text()),
                  cell(row, descriptionColumn).isEmpty()
                      ? ""
                      : cell(row, descriptionColumn).get(0).text(),
                  status.get(0).line()));
        } catch (NumberFormatException e) {
          throw new CheckInputException(
              name
                  + ":"
                  + status.get(0).line()
                  + ": error code row \""
                  + status.get(0).text()
                  + " | "
                  + code.get(0).text()
                  + "\" needs a numeric HTTP status and code",
              e);
        }
      }
      return new Value<>(codes, table.line());
    }
  }

  private record Frame(String path, JsonNode example) {}
}
