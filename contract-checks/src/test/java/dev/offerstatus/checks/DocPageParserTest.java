package dev.offerstatus.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.offerstatus.checks.DocPage.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocPageParserTest {
  private final DocPage page = Contracts.page(Contracts.DOC);

  @Test
  void readsMethodPathRateLimitAndScopeWithTheirLines() {
    assertThat(page.method()).isEqualTo(new DocPage.Value<>("POST", 17));
    assertThat(page.path())
        .isEqualTo(
            new DocPage.Value<>("/open-apis/hire/v1/offers/{offer_id}/intern_offer_status", 16));
    assertThat(page.rateLimit())
        .isEqualTo(new DocPage.Value<>(Map.of("per-minute", 1000, "per-second", 50), 18));
    assertThat(page.scopes()).isEqualTo(new DocPage.Value<>(List.of("hire:offer"), 21));
  }

  @Test
  void readsTheFrontMatterWithItsLines() {
    assertThat(page.frontMatter().get("last_remote_update"))
        .isEqualTo(new DocPage.Value<>("2024-07-11", 4));
    assertThat(page.frontMatter().get("source_url").value()).endsWith("/offer/intern_offer_status");
  }

  @Test
  void flattenedRequestRowsNestUnderTheirObjectRows() {
    assertThat(page.requestBody().fields())
        .extracting(Field::path, Field::type, Field::required, Field::line)
        .containsExactly(
            tuple("operation", "string", true, 44),
            tuple("onboarding_info", "intern_offer_onboarding_info", false, 50),
            tuple("onboarding_info.actual_onboarding_date", "string", true, 52),
            tuple("offboarding_info", "intern_offer_offboarding_info", false, 55),
            tuple("offboarding_info.actual_offboarding_date", "string", true, 57),
            tuple("offboarding_info.notes", "string", false, 61));
  }

  @Test
  void responseRowsNestThreeLevelsDeepFollowingTheExample() {
    assertThat(page.responseBody().fields())
        .extracting(Field::path)
        .containsExactly(
            "code",
            "msg",
            "data",
            "data.offer_id",
            "data.operation",
            "data.onboarding_info",
            "data.onboarding_info.actual_onboarding_date",
            "data.offboarding_info",
            "data.offboarding_info.actual_offboarding_date",
            "data.offboarding_info.notes");
    assertThat(page.responseBody().fields().get(0).required()).isNull();
  }

  @Test
  void multiLineCellsKeepEnumValuesNotesFormatsAndExamplesWithTheirLines() {
    Field operation = page.requestBody().fields().get(0);
    assertThat(operation.example()).isEqualTo("confirm_onboarding");
    assertThat(operation.enumValues())
        .containsExactly(
            new DocPage.EnumValue("confirm_onboarding", "确认入职", 47),
            new DocPage.EnumValue("cancel_onboarding", "放弃入职", 48),
            new DocPage.EnumValue("offboard", "操作离职", 49));
    assertThat(page.requestBody().fields().get(1).notes())
        .containsExactly(new DocPage.Value<>("当 operation 为 confirm_onboarding 时，该字段必填", 51));
    Field offboarding = page.requestBody().fields().get(4);
    assertThat(offboarding.valueFormat()).isEqualTo("YYYY-MM-DD");
    assertThat(offboarding.example()).isEqualTo("2022-03-02");
    assertThat(offboarding.notes()).containsExactly(new DocPage.Value<>("实际离职日期需晚于实际入职日期", 58));
  }

  @Test
  void readsHeadersWithFixedValuesPathParametersAndErrorCodes() {
    assertThat(page.headers().fields())
        .extracting(Field::path, Field::required, Field::fixedValue)
        .containsExactly(
            tuple("Authorization", true, null),
            tuple("Content-Type", true, "application/json; charset=utf-8"));
    assertThat(page.pathParameters().fields())
        .extracting(Field::path, Field::example)
        .containsExactly(tuple("offer_id", "7016605170635213100"));
    assertThat(page.errorCodes().value())
        .containsExactly(
            new DocPage.ErrorCode(500, 1002001, "系统错误", 124),
            new DocPage.ErrorCode(400, 1002002, "参数错误", 125),
            new DocPage.ErrorCode(500, 1002067, "实习待入职状态错误", 126),
            new DocPage.ErrorCode(500, 1002068, "实习入职状态错误", 127));
    assertThat(page.requestExample().line()).isEqualTo(65);
    assertThat(page.requestExample().value().at("/offboarding_info/notes").asText())
        .isEqualTo("主动离职");
  }

  @Test
  void aPageWithoutTheRequestTableIsRejectedNamingTheFile() {
    assertThatThrownBy(() -> Contracts.page("# Some page\n\nNo tables here.\n"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "intern_offer_status.md: no table under a '请求' heading: not a Feishu API doc page in"
                + " the expected shape");
  }

  @Test
  void aFieldTableWithoutItsTypeColumnIsRejectedNamingTheLine() {
    String doc =
        Contracts.doc(
            "名称 | 类型 | 必填 | 描述\n--- | --- | --- | ---\noperation",
            "名称 | 种类 | 必填 | 描述\n--- | --- | --- | ---\noperation");
    assertThatThrownBy(() -> Contracts.page(doc))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "intern_offer_status.md:42: the 请求体 table has no '类型' column (columns: 名称, 种类,"
                + " 必填, 描述)");
  }

  @Test
  void aBrokenExampleIsRejectedNamingItsLine() {
    String doc =
        Contracts.doc(
            "\"operation\": \"confirm_onboarding\",\n    \"onboarding_info\"",
            "\"operation\": \"confirm_onboarding\"\n    \"onboarding_info\"");
    assertThatThrownBy(() -> Contracts.page(doc))
        .isInstanceOf(CheckInputException.class)
        .hasMessageStartingWith(
            "intern_offer_status.md:68: the 请求体示例 is not valid JSON: Unexpected character");
  }

  @Test
  void anUnreadableRateLimitIsRejectedNamingTheLine() {
    String doc = Contracts.doc("1000 次/分钟、50 次/秒", "特殊频控");
    assertThatThrownBy(() -> Contracts.page(doc))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "intern_offer_status.md:18: rate limit \"特殊频控\" is not in the form \"N 次/分钟、M 次/秒\"");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> DocPageParser.read(dir.resolve("gone.md"), "docs/gone.md"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage("doc page file docs/gone.md does not exist");
  }
}
