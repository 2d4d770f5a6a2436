package dev.offerstatus.checks.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.doc.PageFacts.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeishuPageParserTest {
  private final PageFacts page = Contracts.page(Contracts.DOC);

  @Test
  void readsMethodPathRateLimitAndScopeWithTheirLines() {
    assertThat(page.method()).isEqualTo(new PageFacts.Value<>("POST", 17));
    assertThat(page.path())
        .isEqualTo(
            new PageFacts.Value<>("/open-apis/hire/v1/offers/{offer_id}/intern_offer_status", 16));
    assertThat(page.rateLimit())
        .isEqualTo(new PageFacts.Value<>(Map.of("per-minute", 1000, "per-second", 50), 18));
    assertThat(page.scopes()).isEqualTo(new PageFacts.Value<>(List.of("hire:offer"), 21));
  }

  @Test
  void readsTheFrontMatterWithItsLines() {
    assertThat(page.frontMatter().get("last_remote_update"))
        .isEqualTo(new PageFacts.Value<>("2024-07-11", 4));
    assertThat(page.frontMatter().get("source_url").value()).endsWith("/offer/intern_offer_status");
  }

  @Test
  void frontMatterIsReadAsYaml12WithTheSpecsReader() {
    PageFacts dates =
        Contracts.page(
            Contracts.DOC.replace(
                "last_remote_update: 2024-07-11\n",
                "last_remote_update: 2024-07-11\nsticky: on\n"));
    // YAML 1.2 core schema: a date and "on" stay strings, as in the spec
    assertThat(dates.frontMatter().get("last_remote_update").value()).isEqualTo("2024-07-11");
    assertThat(dates.frontMatter().get("sticky")).isEqualTo(new PageFacts.Value<>("on", 5));
  }

  @Test
  void malformedFrontMatterIsRejectedNamingItsLine() {
    assertThatThrownBy(
            () ->
                Contracts.page(
                    Contracts.DOC.replace(
                        "last_remote_update: 2024-07-11\n",
                        "last_remote_update: 2024-07-11\nlast_remote_update: 2024-07-12\n")))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "intern_offer_status.md:5: malformed front matter: while constructing a mapping;"
                + " found duplicate key last_remote_update");
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
            new PageFacts.EnumValue("confirm_onboarding", "确认入职", 47),
            new PageFacts.EnumValue("cancel_onboarding", "放弃入职", 48),
            new PageFacts.EnumValue("offboard", "操作离职", 49));
    assertThat(page.requestBody().fields().get(1).notes())
        .containsExactly(new PageFacts.Value<>("当 operation 为 confirm_onboarding 时，该字段必填", 51));
    Field offboarding = page.requestBody().fields().get(4);
    assertThat(offboarding.valueFormat()).isEqualTo("YYYY-MM-DD");
    assertThat(offboarding.example()).isEqualTo("2022-03-02");
    assertThat(offboarding.notes()).containsExactly(new PageFacts.Value<>("实际离职日期需晚于实际入职日期", 58));
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
            new PageFacts.ErrorCode(500, 1002001, "系统错误", 124),
            new PageFacts.ErrorCode(400, 1002002, "参数错误", 125),
            new PageFacts.ErrorCode(500, 1002067, "实习待入职状态错误", 126),
            new PageFacts.ErrorCode(500, 1002068, "实习入职状态错误", 127));
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
    assertThatThrownBy(() -> FeishuPageParser.read(dir.resolve("gone.md"), "docs/gone.md"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage("doc page file docs/gone.md does not exist");
  }

  @Test
  void readsQueryParametersWithRequiredDefaultsMaximumAndWrappedEnumDescriptions() {
    PageFacts list = Contracts.listPage(Contracts.LIST_DOC);
    assertThat(list.queryParameters().line()).isEqualTo(38);
    assertThat(list.queryParameters().fields())
        .extracting(Field::path, Field::type, Field::required, Field::defaultValue, Field::maximum)
        .containsExactly(
            tuple("page_token", "string", false, null, null),
            tuple("page_size", "int", false, "10", 200L),
            tuple("talent_id", "string", true, null, null),
            tuple("user_id_type", "string", false, "open_id", null),
            tuple("employee_type_id_type", "string", false, "people_admin_employee_type_id", null));
    Field employeeType = list.queryParameters().fields().get(4);
    assertThat(employeeType.example()).isEqualTo("employee_type_enum_id");
    assertThat(employeeType.enumValues())
        .containsExactly(
            new PageFacts.EnumValue(
                "people_admin_employee_type_id",
                "「人力系统管理后台」适用的人员类型 ID。人力系统管理后台逐步下线中，建议不继续使用此 ID。",
                60),
            new PageFacts.EnumValue(
                "employee_type_enum_id", "「飞书管理后台」适用的人员类型 ID，通过查询人员类型接口获取", 61));
    assertThat(list.rateLimit().value())
        .containsOnly(Map.entry("per-minute", 1000), Map.entry("per-second", 50));
    assertThat(list.scopes().value()).containsExactly("hire:offer:readonly", "hire:offer");
  }

  @Test
  void theGetPagesResponseNestsSixLevelsAndKeepsSameNamesApart() {
    PageFacts get = Contracts.getPage(Contracts.GET_DOC);
    List<String> paths = get.responseBody().fields().stream().map(Field::path).toList();
    assertThat(paths)
        .hasSize(156)
        .doesNotHaveDuplicates()
        .contains(
            "data.offer.id",
            "data.offer.basic_info.employee_type.id",
            "data.offer.basic_info.onboard_address.district.location_type",
            "data.offer.basic_info.work_address.country.code",
            "data.offer.salary_plan.customize_info_list.object_id",
            "data.offer.basic_info.customize_info_list.object_id",
            "data.offer.customized_module_list.object_list.customize_value",
            "data.offer.offer_send_record_list.offer_signature_info.attachment_list.file_name",
            "data.offer.offer_status",
            "data.offer.offer_type",
            "data.offer.basic_info.offer_type");
    Field status =
        get.responseBody().fields().stream()
            .filter(f -> f.path().equals("data.offer.offer_status"))
            .findFirst()
            .orElseThrow();
    assertThat(status.jsonType()).isEqualTo("integer");
    assertThat(status.enumValues()).hasSize(13);
    assertThat(status.enumValues().get(10))
        .isEqualTo(new PageFacts.EnumValue("11", "实习待入职（仅实习 Offer 具有）", 277));
    assertThat(get.rateLimit().value()).containsOnly(Map.entry("per-second", 20));
    assertThat(get.scopes().value())
        .containsExactly(
            "hire:offer:low_sensitive_info:readonly", "hire:offer:readonly", "hire:offer");
  }

  @Test
  void thePagesMeaningIsReadFromItsTextWhateverTheRendering() {
    // the seam another rendering plugs into: a PageSections built without Markdown
    var url =
        List.of(new PageSections.Segment("https://open.feishu.cn/open-apis/hire/v1/offers", 3));
    var method = List.of(new PageSections.Segment("GET", 4));
    PageSections text =
        new PageSections(
            "page.html",
            Map.of(),
            Map.of(
                "请求",
                new PageSections.RawTable(
                    2,
                    List.of("名称", "值"),
                    List.of(
                        List.of(List.of(new PageSections.Segment("HTTP URL", 3)), url),
                        List.of(List.of(new PageSections.Segment("HTTP Method", 4)), method)))),
            Map.of());
    PageFacts page = FeishuPageParser.interpret(text);
    assertThat(page.method()).isEqualTo(new PageFacts.Value<>("GET", 4));
    assertThat(page.path()).isEqualTo(new PageFacts.Value<>("/open-apis/hire/v1/offers", 3));
    assertThat(page.queryParameters().line()).isZero();
  }
}
