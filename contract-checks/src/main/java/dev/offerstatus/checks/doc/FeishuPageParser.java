package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.PageFacts.Field;
import dev.offerstatus.checks.doc.PageFacts.Table;
import dev.offerstatus.checks.doc.PageFacts.Value;
import dev.offerstatus.checks.doc.PageSections.RawTable;
import dev.offerstatus.checks.doc.PageSections.Segment;
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

/**
 * Reads what a Feishu API doc page means (method, path, limits, scopes, field tables with their
 * nesting, labels such as 示例值 / 可选值有 / 默认值, examples, error codes) from its {@link PageSections}.
 * The rendering is read by {@link MarkdownPageReader}: this class does not know Markdown, so
 * another rendering of the same pages needs only another reader. {@link #parse} first brings the
 * portal's HTML-like tables and scrapers' {@code └} nesting marks to the Markdown export with
 * {@link Renderings}, so every rendering fetch-doc may write is read the same way. The page's
 * wording (rate limits, scopes, labels, notes) is read through {@link FeishuProse}, a field's
 * description cell by {@link FieldDescriptions}.
 */
public final class FeishuPageParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH_PARAM = Pattern.compile("/:([A-Za-z0-9_]+)");
  private static final Set<String> STRINGS = Set.of("string");
  private static final Set<String> INTEGERS = Set.of("int", "integer", "int32", "int64", "long");
  private static final Set<String> NUMBERS = Set.of("float", "double", "number");
  private static final Set<String> BOOLEANS = Set.of("boolean", "bool");

  private FeishuPageParser() {}

  /** Reads and parses a page file; {@code name} is how reports call it. */
  public static PageFacts read(Path file, String name) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(name, "name == null");
    return parse(SpecDocument.readText(file, name, "doc page"), name);
  }

  /** Parses page text. A page not in the expected shape is a {@link CheckInputException}. */
  public static PageFacts parse(String text, String name) {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(name, "name == null");
    return interpret(MarkdownPageReader.read(Renderings.toMarkdown(text), name));
  }

  /** Reads the meaning of a page, whatever rendering it was read from. */
  static PageFacts interpret(PageSections text) {
    Objects.requireNonNull(text, "text == null");
    return new Reader(text).page();
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

  private static final class Reader {
    private final String name;
    private final Map<String, RawTable> tables;
    private final Map<String, Value<String>> code;
    private final Map<String, Value<String>> frontMatter;

    Reader(PageSections text) {
      this.name = text.name();
      this.tables = text.tables();
      this.code = text.code();
      this.frontMatter = text.frontMatter();
    }

    PageFacts page() {
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
      return new PageFacts(
          name,
          new Value<>(method.get(0).text().toUpperCase(Locale.ROOT), method.get(0).line()),
          new Value<>(path(url.get(0)), url.get(0).line()),
          rateLimit(rows.get("接口频率限制")),
          scopes(rows.get("权限要求")),
          fields("请求头", null),
          fields("路径参数", null),
          fields("查询参数", null),
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
      Matcher m = FeishuProse.RATE.matcher(cell.get(0).text());
      while (m.find()) {
        limits.put(FeishuProse.RATE_WINDOWS.get(m.group(2)), Integer.valueOf(m.group(1)));
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
        Matcher m = FeishuProse.SCOPE.matcher(segment.text());
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
      List<List<List<Segment>>> rows = table.rows();
      for (int r = 0; r < rows.size(); r++) {
        List<List<Segment>> row = rows.get(r);
        List<Segment> nameCell = cell(row, nameColumn);
        if (nameCell.isEmpty()) {
          continue;
        }
        String fieldName = nameCell.get(0).text();
        List<Segment> nextName =
            r + 1 < rows.size() ? cell(rows.get(r + 1), nameColumn) : List.of();
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
        String kind = jsonType(type);
        boolean container =
            kind.equals("object")
                || (kind.equals("array")
                    && jsonType(type.substring(0, type.length() - 2)).equals("object"));
        Frame parent =
            parentOf(
                frames, fieldName, container || nextName.isEmpty() ? null : nextName.get(0).text());
        String path = parent.path().isEmpty() ? fieldName : parent.path() + "." + fieldName;
        Boolean required = null;
        if (requiredColumn >= 0 && !cell(row, requiredColumn).isEmpty()) {
          String flag = cell(row, requiredColumn).get(0).text();
          required = flag.equals("是") ? Boolean.TRUE : flag.equals("否") ? Boolean.FALSE : null;
        }
        fields.add(
            FieldDescriptions.field(
                path, type, required, cell(row, descriptionColumn), nameCell.get(0).line()));
        if (container) {
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
     * example has it, the innermost open object (rows follow their parent in the doc). A name the
     * examples know only further out (a new scalar field named like an outer one) stays in the
     * innermost object when the next row's name belongs to it: an object's rows are contiguous.
     * {@code nextName} is null for object rows.
     */
    private static Frame parentOf(Deque<Frame> frames, String fieldName, String nextName) {
      int found = depthOf(frames, fieldName);
      int next = nextName == null ? -1 : depthOf(frames, nextName);
      int depth = found < 0 || next == 0 ? 0 : found;
      for (int i = 0; i < depth; i++) {
        frames.pop();
      }
      return frames.peek();
    }

    /** How many frames above the innermost one has an example with the name, or -1. */
    private static int depthOf(Deque<Frame> frames, String fieldName) {
      int depth = 0;
      for (Frame frame : frames) {
        if (frame.example() != null && frame.example().has(fieldName)) {
          return depth;
        }
        depth++;
      }
      return -1;
    }

    private static List<Segment> cell(List<List<Segment>> row, int column) {
      return column >= 0 && column < row.size() ? row.get(column) : List.of();
    }

    private Value<List<PageFacts.ErrorCode>> errorCodes() {
      RawTable table = tables.get("错误码");
      if (table == null) {
        return null;
      }
      int statusColumn = column(table, "HTTP状态码", true, "错误码");
      int codeColumn = column(table, "错误码", true, "错误码");
      int descriptionColumn = column(table, "描述", true, "错误码");
      List<PageFacts.ErrorCode> codes = new ArrayList<>();
      for (List<List<Segment>> row : table.rows()) {
        List<Segment> status = cell(row, statusColumn);
        List<Segment> code = cell(row, codeColumn);
        if (status.isEmpty() || code.isEmpty()) {
          continue;
        }
        try {
          codes.add(
              new PageFacts.ErrorCode(
                  Integer.parseInt(status.get(0).text()),
                  Long.parseLong(code.get(0).text()),
                  String.join(
                      " ", cell(row, descriptionColumn).stream().map(Segment::text).toList()),
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
