package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one upstream Feishu doc page, each with the line it was read from. Nested request
 * and response fields carry dotted paths ({@code onboarding_info.actual_onboarding_date}); absent
 * sections are empty tables and null examples.
 *
 * @param name how reports call the page file
 * @param method the HTTP method, upper case
 * @param path the path template with {@code {param}} placeholders
 * @param rateLimit the limits by window ({@code per-second}, {@code per-minute}, ...), or null
 * @param scopes the permission scopes, any one of which allows the call, or null
 * @param headers the request header table
 * @param pathParameters the path parameter table
 * @param queryParameters the query parameter table
 * @param requestBody the request body table
 * @param requestExample the request body example, or null
 * @param responseBody the response body table
 * @param responseExample the response body example, or null
 * @param errorCodes the error code table, or null when the page has none
 * @param frontMatter the front matter's scalar keys ({@code source_url}, {@code
 *     last_remote_update}, ...) with their lines; empty when the page has none
 */
public record PageFacts(
    String name,
    Value<String> method,
    Value<String> path,
    Value<Map<String, Integer>> rateLimit,
    Value<List<String>> scopes,
    Table headers,
    Table pathParameters,
    Table queryParameters,
    Table requestBody,
    Value<JsonNode> requestExample,
    Table responseBody,
    Value<JsonNode> responseExample,
    Value<List<ErrorCode>> errorCodes,
    Map<String, Value<String>> frontMatter) {

  public PageFacts {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    for (Table table :
        java.util.Arrays.asList(
            headers, pathParameters, queryParameters, requestBody, responseBody)) {
      Objects.requireNonNull(table, "a table == null (a page without it has Table.absent())");
    }
    frontMatter = Map.copyOf(Objects.requireNonNull(frontMatter, "frontMatter == null"));
  }

  /** A value with the 1-based line of the page it was read from. */
  public record Value<T>(T value, int line) {}

  /** A field table; {@code line} is its header row, 0 when the page has no such table. */
  public record Table(int line, List<Field> fields) {
    public Table {
      fields = List.copyOf(fields);
    }

    /** No such table on the page. */
    public static Table absent() {
      return new Table(0, List.of());
    }
  }

  /**
   * One row of a field table.
   *
   * @param path dotted path, nesting inferred from object-typed rows and the page's example
   * @param type the doc's type, e.g. {@code string}, {@code int}, {@code
   *     intern_offer_onboarding_info}
   * @param required the 必填 column, null when the table has none
   * @param description the first line of the description
   * @param example the 示例值, unquoted, or null
   * @param valueFormat the 值格式, unquoted, or null
   * @param fixedValue the 固定值, unquoted, or null
   * @param defaultValue the 默认值, unquoted, or null
   * @param maximum the largest value the description allows ("最大为 200"), or null
   * @param maxLength the 最大长度: the most characters of a string or items of a list, or null
   * @param enumValues the 可选值有 list
   * @param notes the 注意 notes, text after "注意："
   * @param fieldScopes the 字段权限要求 statements: scopes any one of which the field (or, for a
   *     parameter, one of its values) needs
   * @param line the row's line
   */
  public record Field(
      String path,
      String type,
      Boolean required,
      String description,
      String example,
      String valueFormat,
      String fixedValue,
      String defaultValue,
      Long maximum,
      Long maxLength,
      List<EnumValue> enumValues,
      List<Value<String>> notes,
      List<FieldScopes> fieldScopes,
      int line) {
    public Field {
      enumValues = List.copyOf(enumValues);
      notes = List.copyOf(notes);
      fieldScopes = List.copyOf(fieldScopes);
    }

    /** The last segment of the path. */
    public String name() {
      return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The JSON type the doc's type stands for: string, integer, number, boolean, array, object. */
    public String jsonType() {
      return FeishuPageParser.jsonType(type);
    }
  }

  /** One 可选值有 entry: the value and its description (continuation lines joined to it). */
  public record EnumValue(String value, String description, int line) {}

  /**
   * A 字段权限要求 statement: the field is returned (or, with {@code whenValue}, the parameter's value
   * works) only when the app has any one of the scopes.
   *
   * @param whenValue the parameter value the statement is about ("当值为 `user_id`"), or null
   */
  public record FieldScopes(String whenValue, List<String> anyOf, int line) {
    public FieldScopes {
      anyOf = List.copyOf(anyOf);
    }
  }

  /** One error code row. */
  public record ErrorCode(int httpStatus, long code, String description, int line) {}
}
