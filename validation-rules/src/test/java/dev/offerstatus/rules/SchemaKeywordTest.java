package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every schema keyword the rules enforce, on raw JSON, by operation: exact path, value, rule and
 * message in English and Chinese (a small spec that uses them all: {@code keywords/openapi.yaml}).
 */
class SchemaKeywordTest {
  static final String SPEC = read("keywords/openapi.yaml");
  static final OfferStatusRules RULES = OfferStatusRules.fromSpec(SPEC);
  static final String PATCH = "patchThing";
  static final Map<String, String> THING = Map.of("thing_id", "7");

  /** The violation of four ids where at most three are allowed. */
  static final Violation FOUR_IDS =
      new Violation(
          "ids", "[\"1\",\"2\",\"3\",\"4\"]", "maxItems", "must have at most 3 item(s), had 4");

  static String read(String resource) {
    try (InputStream in = SchemaKeywordTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Violation> patch(String json) {
    return RULES.validateJson(PATCH, THING, json.replace('\'', '"'));
  }

  private static List<Violation> patchInChinese(String json) {
    return RULES.validateJson(PATCH, THING, json.replace('\'', '"'), Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void aBodyThatKeepsEveryKeywordIsValid() {
    assertThat(
            patch(
                "{'status':8,'code':'AB','count':100,'small':-2147483648,"
                    + "'stamp':9223372036854775807,'ratio':0.5,'ids':['1','2','3'],"
                    + "'until':'2024-02-29','flag':true,'meta':{'label':null}}"))
        .isEmpty();
  }

  @Test
  void maxItemsRefusesOneItemTooMany() {
    assertThat(patch("{'status':2,'ids':['1','2','3','4']}")).containsExactly(FOUR_IDS);
    assertThat(patchInChinese("{'status':2,'ids':['1','2','3','4']}"))
        .extracting(Violation::message)
        .containsExactly("至多 3 项，实际为 4 项");
  }

  @Test
  void minItemsRefusesAnEmptyList() {
    assertThat(patch("{'status':2,'ids':[]}"))
        .containsExactly(
            new Violation("ids", "[]", "minItems", "must have at least 1 item(s), had 0"));
    assertThat(patchInChinese("{'status':2,'ids':[]}"))
        .extracting(Violation::message)
        .containsExactly("至少 1 项，实际为 0 项");
  }

  @Test
  void itemsAreCheckedOneByOneWithTheirIndex() {
    assertThat(patch("{'status':2,'ids':['1','x',3]}"))
        .containsExactly(
            new Violation("ids[1]", "x", "pattern", "must match ^[0-9]+$, was \"x\""),
            new Violation("ids[2]", 3, "type", "must be a JSON string, was 3"));
  }

  @Test
  void minLengthMaxLengthAndPatternEachNameTheirBound() {
    assertThat(patch("{'status':2,'code':'a'}"))
        .containsExactly(
            new Violation("code", "a", "minLength", "must have at least 2 character(s), was \"a\""),
            new Violation("code", "a", "pattern", "must match ^[A-Z]+$, was \"a\""));
    assertThat(patch("{'status':2,'code':'ABCDE'}"))
        .containsExactly(
            new Violation(
                "code", "ABCDE", "maxLength", "must have at most 4 character(s), was \"ABCDE\""));
    assertThat(patchInChinese("{'status':2,'code':'ABCDE'}"))
        .extracting(Violation::message)
        .containsExactly("至多 4 个字符，实际为 \"ABCDE\"");
    assertThat(patchInChinese("{'status':2,'code':'ab'}"))
        .extracting(Violation::message)
        .containsExactly("必须匹配 ^[A-Z]+$，实际为 \"ab\"");
  }

  @Test
  void lengthsCountCodePointsNotUtf16Units() {
    assertThat(patch("{'status':2,'code':'\uD83D\uDE00'}"))
        .extracting(Violation::rule)
        .containsExactly("minLength", "pattern");
  }

  @Test
  void minimumAndMaximumAreInclusiveAndNameTheirBound() {
    assertThat(patch("{'status':2,'count':-1,'ratio':1.6}"))
        .containsExactly(
            new Violation("count", -1, "minimum", "must be at least 0, was -1"),
            new Violation("ratio", 1.6, "maximum", "must be at most 1.5, was 1.6"));
    assertThat(patchInChinese("{'status':2,'count':101}"))
        .extracting(Violation::message)
        .containsExactly("不能大于 100，实际为 101");
  }

  @Test
  void int32AndInt64FormatsRefuseNumbersOutOfTheirRange() {
    assertThat(patch("{'status':2,'small':2147483648,'stamp':-9223372036854775809}"))
        .containsExactly(
            new Violation(
                "small",
                2147483648L,
                "format",
                "must be an integer of format int32 (-2147483648 to 2147483647), was 2147483648"),
            new Violation(
                "stamp",
                new java.math.BigInteger("-9223372036854775809"),
                "format",
                "must be an integer of format int64 (-9223372036854775808 to"
                    + " 9223372036854775807), was -9223372036854775809"));
    assertThat(patchInChinese("{'status':2,'small':2147483648}"))
        .extracting(Violation::message)
        .containsExactly("必须是 int32 格式的整数（-2147483648 至 2147483647），实际为 2147483648");
  }

  @Test
  void anIntegerEnumNamesItsValues() {
    assertThat(patch("{'status':7}"))
        .containsExactly(new Violation("status", 7, "enum", "must be one of 2, 6, 8, was 7"));
  }

  @Test
  void typeDateFormatAndRequiredStillApply() {
    assertThat(patch("{'code':'AB','flag':'yes','until':'2023-02-29'}"))
        .containsExactly(
            new Violation("flag", "yes", "type", "must be a JSON boolean, was \"yes\""),
            new Violation("status", null, "required", "is required"),
            new Violation(
                "until",
                "2023-02-29",
                "date-format",
                "must be a real calendar date written YYYY-MM-DD, was \"2023-02-29\""));
  }

  @Test
  void aNullableRequiredFieldMayBeNullButNotAbsent() {
    assertThat(patch("{'status':2,'meta':{'label':null,'size':null}}")).isEmpty();
    assertThat(patch("{'status':2,'meta':{}}"))
        .containsExactly(new Violation("meta.label", null, "required", "is required"));
  }

  @Test
  void aRequiredWhenRuleOnAListFires() {
    assertThat(patch("{'status':8}"))
        .containsExactly(
            new Violation(
                "ids",
                null,
                "ids-required-for-status-8",
                "is required when status is 8 (rule ids-required-for-status-8)"));
  }

  @Test
  void eachOperationIsJudgedByItsOwnBodySchemaAndParameters() {
    assertThat(RULES.validateJson("createThing", Map.of(), "{}"))
        .containsExactly(new Violation("name", null, "required", "is required"));
    assertThat(RULES.validateJson(PATCH, THING, "{}"))
        .containsExactly(new Violation("status", null, "required", "is required"));
    assertThat(RULES.validateJson(PATCH, Map.of(), "{\"status\":2}"))
        .containsExactly(new Violation("thing_id", null, "required", "is required"));
  }

  @Test
  void parametersAreCheckedByTheirSchemas() {
    assertThat(
            RULES.validateJson(
                PATCH,
                Map.of("thing_id", "x7", "limit", "3000000000", "order", "up"),
                "{\"status\":2}"))
        .containsExactly(
            new Violation(
                "limit",
                "3000000000",
                "format",
                "must be an integer of format int32 (-2147483648 to 2147483647), was 3000000000"),
            new Violation("limit", "3000000000", "maximum", "must be at most 50, was 3000000000"),
            new Violation("order", "up", "enum", "must be one of \"asc\", \"desc\", was \"up\""),
            new Violation(
                "thing_id",
                "x7",
                "path-segment",
                "must be one URL path segment (not blank, no \"/\", not \".\" or \"..\", no"
                    + " control characters), was \"x7\""));
    assertThat(RULES.validateJson(PATCH, Map.of("thing_id", "7", "limit", "ten"), "{\"status\":2}"))
        .containsExactly(
            new Violation("limit", "ten", "type", "must be of type integer, was \"ten\""));
  }

  @Test
  void anOperationWithoutABodyRefusesOne() {
    assertThat(RULES.validateJson("listThings", Map.of(), null)).isEmpty();
    assertThat(RULES.validateJson("listThings", Map.of(), "{}"))
        .containsExactly(
            new Violation("", null, "no-body", "must be empty: listThings takes no request body"));
    assertThat(RULES.validateJson("listThings", Map.of(), "{}", Locale.SIMPLIFIED_CHINESE))
        .extracting(Violation::message)
        .containsExactly("必须为空：listThings 不接受请求体");
  }

  @Test
  void anOperationWithABodyRequiresOne() {
    assertThat(RULES.validateJson(PATCH, THING, null))
        .containsExactly(new Violation("", null, "required", "is required"));
  }

  @Test
  void anUnknownOperationNamesTheSpecsOperations() {
    assertThatThrownBy(() -> RULES.validateJson("nope", Map.of(), "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("The spec has no operation nope (it has: ")
        .hasMessageContaining("createThing")
        .hasMessageContaining("listThings")
        .hasMessageContaining("patchThing");
  }

  @Test
  void aPatternThatDoesNotCompileIsRefusedWithItsPointer() {
    assertThatThrownBy(
            () -> OfferStatusRules.fromSpec(SPEC.replace("pattern: '^[A-Z]+$'", "pattern: '[A-'")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "#/components/schemas/Thing/properties/code/pattern: does not compile: ");
  }
}
