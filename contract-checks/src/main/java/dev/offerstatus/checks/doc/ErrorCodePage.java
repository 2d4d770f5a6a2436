package dev.offerstatus.checks.doc;

import static dev.offerstatus.checks.doc.Differences.QUOTED;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.doc.PageFacts.Value;
import dev.offerstatus.checks.doc.PageSections.RawTable;
import dev.offerstatus.checks.doc.PageSections.Segment;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.UpstreamDoc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Feishu's generic error-code page (服务端错误码说明), read in its role: the page the spec's {@code info}
 * names in its {@code x-upstream-doc} for the platform codes any operation may meet ({@code
 * x-platform-error-codes}). It lists several hundred codes of every product; the spec declares
 * those the toolkit meets, so a code the page adds is not a difference, while a declared code the
 * page no longer lists, or whose 说明 it words differently, is. The 排查建议 column is not compared: the
 * page reader keeps a link's text and drops its address, which the spec's {@code advice} keeps.
 *
 * @param name how reports call the page file
 * @param line the error-code table's header line
 * @param rows the table's rows by code
 * @param frontMatter the front matter's scalar keys with their lines
 */
public record ErrorCodePage(
    String name, int line, Map<Long, Row> rows, Map<String, Value<String>> frontMatter) {
  public ErrorCodePage {
    Objects.requireNonNull(name, "name == null");
    rows = Map.copyOf(Objects.requireNonNull(rows, "rows == null"));
    frontMatter = Map.copyOf(Objects.requireNonNull(frontMatter, "frontMatter == null"));
  }

  /**
   * One row of the page's table.
   *
   * @param code the 错误码
   * @param description the 说明 (first line of the cell)
   * @param line the row's page line
   */
  public record Row(long code, String description, int line) {}

  /** True when the page has a table of the generic page's shape (错误码 and 说明 columns). */
  static boolean hasShape(PageSections page) {
    return table(page) != null;
  }

  /** The page's error-code table read; a page without one is a {@link CheckInputException}. */
  static ErrorCodePage of(PageSections page) {
    RawTable table = table(page);
    if (table == null) {
      throw new CheckInputException(
          page.name()
              + ": neither a Feishu API doc page (no table under a '请求' heading) nor the generic"
              + " error-code page (no table with '错误码' and '说明' columns)");
    }
    int codeColumn = table.header().indexOf("错误码");
    int descriptionColumn = table.header().indexOf("说明");
    Map<Long, Row> rows = new LinkedHashMap<>();
    for (List<List<Segment>> row : table.rows()) {
      if (row.size() <= Math.max(codeColumn, descriptionColumn) || row.get(codeColumn).isEmpty()) {
        continue;
      }
      Segment code = row.get(codeColumn).get(0);
      List<Segment> description = row.get(descriptionColumn);
      try {
        long value = Long.parseLong(code.text());
        rows.putIfAbsent(
            value,
            new Row(value, description.isEmpty() ? "" : description.get(0).text(), code.line()));
      } catch (NumberFormatException e) {
        throw new CheckInputException(
            page.name()
                + ":"
                + code.line()
                + ": error code \""
                + code.text()
                + "\" is not a number",
            e);
      }
    }
    return new ErrorCodePage(page.name(), table.line(), rows, page.frontMatter());
  }

  private static RawTable table(PageSections page) {
    for (RawTable table : page.tables().values()) {
      List<String> header = table.header();
      if (header.contains("错误码") && header.contains("说明") && !header.contains("HTTP状态码")) {
        return table;
      }
    }
    return null;
  }

  /**
   * The declared platform codes against the page: each must be listed with the same 说明; the page's
   * version against {@code info}'s {@code x-upstream-doc.last_remote_update}.
   */
  void compare(SpecDocument spec, Differences out) {
    Value<String> updated = frontMatter.get("last_remote_update");
    Optional<UpstreamDoc> declared = spec.model().upstreamDoc();
    if (updated != null) {
      out.changedIfStated(
          updated.line(),
          declared.map(UpstreamDoc::pointer).orElse("#/info/x-upstream-doc")
              + "/last_remote_update",
          "last_remote_update",
          "the page",
          declared.map(UpstreamDoc::lastRemoteUpdate).orElse(null),
          updated.value(),
          QUOTED);
    }
    for (DeclaredErrorCode code : spec.model().platformErrorCodes()) {
      Row row = rows.get((long) code.code());
      if (row == null) {
        out.removed(
            line,
            code.pointer(),
            "platform error code "
                + code.code()
                + ": the generic error-code page no longer lists it");
      } else if (!row.description().isEmpty()
          && !Differences.sameText(code.description(), row.description())) {
        out.changed(
            row.line(),
            code.pointer() + "/description",
            "description",
            "platform error code " + code.code(),
            QUOTED.apply(code.description()),
            QUOTED.apply(row.description()));
      }
    }
  }
}
