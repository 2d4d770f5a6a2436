package dev.offerstatus.checks.doc;

import static dev.offerstatus.checks.Contracts.GET_OP;
import static dev.offerstatus.checks.Contracts.LIST_OP;
import static dev.offerstatus.checks.Contracts.OP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.SpecDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocCheckTest {
  private static final String OFFBOARDING = "#/components/schemas/InternOfferOffboardingInfo";

  private static List<String> drift(String doc) {
    return DocCheck.compare(Contracts.spec(), List.of(Contracts.page(doc))).findings().stream()
        .map(Finding::toString)
        .toList();
  }

  @Test
  void theUnchangedDocAgreesWithTheSpec() {
    CheckReport report = DocCheck.compare(Contracts.spec(), List.of(Contracts.page(Contracts.DOC)));
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary()).isEqualTo("0 differences between openapi.yaml and 1 doc page");
  }

  @Test
  void theFourUnchangedOperationPagesAgreeWithTheSpec() {
    CheckReport report =
        DocCheck.compare(
            Contracts.spec(),
            List.of(
                Contracts.page(Contracts.DOC),
                Contracts.getPage(Contracts.GET_DOC),
                Contracts.listPage(Contracts.LIST_DOC),
                Contracts.updatePage(Contracts.UPDATE_DOC)));
    assertThat(report.findings()).extracting(Finding::toString).isEmpty();
    assertThat(report.summary()).isEqualTo("0 differences between openapi.yaml and 4 doc pages");
  }

  static Stream<Arguments> driftKinds() {
    return Stream.of(
        Arguments.of(
            "new enum value",
            "- offboard：操作离职\nonboarding_info",
            "- offboard：操作离职  \n- transfer：转正\nonboarding_info",
            List.of(
                "intern_offer_status.md:50: #/components/schemas/Operation/enum: added enum value"
                    + " \"transfer\" of request field operation")),
        Arguments.of(
            "removed field",
            "notes | string | 否 | 备注  \n**示例值**：\"主动离职\"\n",
            "",
            List.of(
                "intern_offer_status.md:42: "
                    + OFFBOARDING
                    + "/properties/notes: removed request field offboarding_info.notes")),
        Arguments.of(
            "renamed field",
            "notes | string | 否 | 备注",
            "remark | string | 否 | 备注",
            List.of(
                "intern_offer_status.md:42: "
                    + OFFBOARDING
                    + "/properties/notes: removed request field offboarding_info.notes",
                "intern_offer_status.md:61: "
                    + OFFBOARDING
                    + "/properties: added request field offboarding_info.remark (string, optional)")),
        Arguments.of(
            "field became required",
            "notes | string | 否 | 备注",
            "notes | string | 是 | 备注",
            List.of(
                "intern_offer_status.md:61: "
                    + OFFBOARDING
                    + "/required: changed request field offboarding_info.notes from optional to"
                    + " required")),
        Arguments.of(
            "new optional field",
            "**示例值**：\"主动离职\"\n",
            "**示例值**：\"主动离职\"\nreason_code | int | 否 | 离职原因\n",
            List.of(
                "intern_offer_status.md:63: "
                    + OFFBOARDING
                    + "/properties: added request field offboarding_info.reason_code (integer,"
                    + " optional)")),
        Arguments.of(
            "new error code",
            "| 检查该实习 Offer 的入职状态是否支持该操作",
            "| 检查该实习 Offer 的入职状态是否支持该操作\n500 | 1002069 | 实习离职状态错误 | 检查",
            List.of(
                "intern_offer_status.md:128: "
                    + OP
                    + "/x-error-codes: added error code 1002069 with HTTP status 500")),
        Arguments.of(
            "changed path",
            "hire/v1/offers/:offer_id/intern_offer_status",
            "hire/v2/offers/:offer_id/intern_offer_status",
            List.of(
                "intern_offer_status.md:16: #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status:"
                    + " changed path of POST operation internOfferStatus from"
                    + " /open-apis/hire/v1/offers/{offer_id}/intern_offer_status to"
                    + " /open-apis/hire/v2/offers/{offer_id}/intern_offer_status")),
        Arguments.of(
            "changed method",
            "HTTP Method | POST",
            "HTTP Method | PUT",
            List.of(
                "intern_offer_status.md:17: "
                    + OP
                    + ": changed method of operation internOfferStatus from POST to PUT")),
        Arguments.of(
            "changed rate limit",
            "1000 次/分钟、50 次/秒",
            "2000 次/分钟、50 次/秒",
            List.of(
                "intern_offer_status.md:18: "
                    + OP
                    + "/x-rate-limit/per-minute: changed rate limit per-minute from 1000 to 2000")),
        Arguments.of(
            "changed scope",
            "更新 offer 信息(hire:offer)",
            "更新 offer 信息(hire:offer:update)",
            List.of(
                "intern_offer_status.md:21: "
                    + OP
                    + "/x-required-scopes: added required scope hire:offer:update",
                "intern_offer_status.md:21: "
                    + OP
                    + "/x-required-scopes/0: removed required scope hire:offer")),
        Arguments.of(
            "changed error status",
            "400 | 1002002 | 参数错误",
            "500 | 1002002 | 参数错误",
            List.of(
                "intern_offer_status.md:125: "
                    + OP
                    + "/x-error-codes/1/http-status: changed HTTP status of error code 1002002 from"
                    + " 400 to 500")),
        Arguments.of(
            "changed type",
            "notes | string | 否 | 备注",
            "notes | int | 否 | 备注",
            List.of(
                "intern_offer_status.md:61: "
                    + OFFBOARDING
                    + "/properties/notes/type: changed type of request field offboarding_info.notes"
                    + " from string to integer")),
        Arguments.of(
            "changed enum description",
            "- offboard：操作离职\nonboarding_info",
            "- offboard：办理离职\nonboarding_info",
            List.of(
                "intern_offer_status.md:49: #/components/schemas/Operation/x-enum-descriptions/offboard:"
                    + " changed description of enum value \"offboard\" of request field operation from"
                    + " \"操作离职 / offboard\" to \"办理离职\"")),
        Arguments.of(
            "removed enum value",
            "- cancel_onboarding：放弃入职  \n- offboard：操作离职\nonboarding_info",
            "- cancel_onboarding：放弃入职\nonboarding_info",
            List.of(
                "intern_offer_status.md:44: #/components/schemas/Operation/enum: removed enum value"
                    + " \"offboard\" of request field operation")),
        Arguments.of(
            "changed value format",
            "实际离职日期  \n**注意**：实际离职日期需晚于实际入职日期  \n**值格式**：\"YYYY-MM-DD\"",
            "实际离职日期  \n**注意**：实际离职日期需晚于实际入职日期  \n**值格式**：\"YYYY-MM-DD HH:mm\"",
            List.of(
                "intern_offer_status.md:57: "
                    + OFFBOARDING
                    + "/properties/actual_offboarding_date/format: changed format of request field"
                    + " offboarding_info.actual_offboarding_date from date to \"YYYY-MM-DD HH:mm\"")),
        Arguments.of(
            "changed conditional requirement",
            "当 operation 为 `offboard` 时",
            "当 operation 为 `cancel_onboarding` 时",
            List.of(
                "intern_offer_status.md:56: #/components/schemas/InternOfferStatusRequest/x-contract-rules/1/when:"
                    + " changed rule offboarding-info-required-for-offboard from operation in"
                    + " [offboard] to operation in [cancel_onboarding]")),
        Arguments.of(
            "removed date-ordering note",
            "实际离职日期  \n**注意**：实际离职日期需晚于实际入职日期  \n",
            "实际离职日期  \n",
            List.of(
                "intern_offer_status.md:57: #/components/schemas/InternOfferStatusRequest/x-contract-rules/2:"
                    + " removed rule offboarding-date-after-onboarding-date: the doc no longer states"
                    + " it")),
        Arguments.of(
            "new conditional requirement",
            "备注  \n**示例值**：\"主动离职\"",
            "备注  \n**注意**：当 operation 为 `offboard` 时，该字段必填  \n**示例值**：\"主动离职\"",
            List.of(
                "intern_offer_status.md:62: #/components/schemas/InternOfferStatusRequest/x-contract-rules:"
                    + " added rule: request field offboarding_info.notes is required when operation"
                    + " is offboard")),
        Arguments.of(
            "changed field example",
            "**示例值**：\"2022-01-01\"",
            "**示例值**：\"2024-07-01\"",
            List.of(
                "intern_offer_status.md:52: #/components/schemas/InternOfferOnboardingInfo/properties/actual_onboarding_date/example:"
                    + " changed example of request field onboarding_info.actual_onboarding_date from"
                    + " \"2022-01-01\" to \"2024-07-01\"")),
        Arguments.of(
            "changed request example",
            "\"notes\": \"主动离职\"\n    }\n}\n```\n\n## 响应",
            "\"notes\": \"合同到期\"\n    }\n}\n```\n\n## 响应",
            List.of(
                "intern_offer_status.md:65: #/components/examples/DocRequest/value: changed request"
                    + " example: no example of the spec equals the doc's; the closest, doc_request,"
                    + " differs at /offboarding_info/notes (from \"主动离职\" to \"合同到期\")")),
        Arguments.of(
            "new required header",
            "Content-Type | string | 是 |",
            "X-Request-Id | string | 是 | 请求 ID\nContent-Type | string | 是 |",
            List.of(
                "intern_offer_status.md:31: "
                    + OP
                    + "/x-required-headers: added required header X-Request-Id")),
        Arguments.of(
            "newer page version",
            "last_remote_update: 2024-07-11",
            "last_remote_update: 2025-03-01",
            List.of(
                "intern_offer_status.md:4: "
                    + OP
                    + "/x-upstream-doc/last_remote_update: changed last_remote_update of the page"
                    + " from \"2024-07-11\" to \"2025-03-01\"")),
        Arguments.of(
            "renamed path parameter",
            "offer_id | string | Offer ID",
            "offer_key | string | Offer ID",
            List.of(
                "intern_offer_status.md:35: #/components/parameters/OfferId: removed path parameter"
                    + " offer_id",
                "intern_offer_status.md:37: "
                    + OP
                    + "/parameters: added path parameter offer_key")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("driftKinds")
  void everyDriftKindIsOneLineNamingDocLinePointerAndChange(
      String kind, String from, String to, List<String> expected) {
    assertThat(drift(Contracts.doc(from, to))).containsExactlyElementsOf(expected);
  }

  /** Drift on one of the read operations' pages, checked together with the other two pages. */
  private static List<String> readDrift(String which, String from, String to) {
    boolean get = which.equals("get");
    PageFacts edited =
        get
            ? Contracts.getPage(Contracts.edit(Contracts.GET_DOC, from, to))
            : Contracts.listPage(Contracts.edit(Contracts.LIST_DOC, from, to));
    PageFacts other =
        get ? Contracts.listPage(Contracts.LIST_DOC) : Contracts.getPage(Contracts.GET_DOC);
    return DocCheck.compare(Contracts.spec(), List.of(Contracts.page(Contracts.DOC), edited, other))
        .findings()
        .stream()
        .map(Finding::toString)
        .toList();
  }

  static Stream<Arguments> readPageDriftKinds() {
    String list = LIST_OP + "/parameters/";
    return Stream.of(
        Arguments.of(
            "new offer_status value",
            "get",
            "- 13：实习已离职（仅实习 Offer 具有）\noffer_type",
            "- 13：实习已离职（仅实习 Offer 具有）  \n- 14：实习已转正（仅实习 Offer 具有）\noffer_type",
            List.of(
                "offer_get.md:280: #/components/schemas/OfferStatus/enum: added enum value \"14\""
                    + " of response field data.offer.offer_status")),
        Arguments.of(
            "removed offer_status value",
            "list",
            "- 12：实习已入职（仅实习 Offer 具有）  \n- 13：实习已离职（仅实习 Offer 具有）\n",
            "- 12：实习已入职（仅实习 Offer 具有）\n",
            List.of(
                "offer_list.md:82: #/components/schemas/OfferStatus/enum: removed enum value \"13\""
                    + " of response field data.items.offer_status")),
        Arguments.of(
            "removed nested response field",
            "get",
            "pathway_id | string | 通道 ID\n",
            "",
            List.of(
                "offer_get.md:89: #/components/schemas/ApplicationOfferBasicInfo/properties/pathway_id:"
                    + " removed response field data.offer.basic_info.pathway_id")),
        Arguments.of(
            "changed type in an array of objects four levels down",
            "get",
            "file_name | string | 文件名称",
            "file_name | int | 文件名称",
            List.of(
                "offer_get.md:339: #/components/schemas/SignatureAttachment/properties/file_name/type:"
                    + " changed type of response field"
                    + " data.offer.offer_send_record_list.offer_signature_info.attachment_list.file_name"
                    + " from string to integer")),
        Arguments.of(
            "new field where the same name sits at several depths",
            "list",
            "zh_name | string | Offer 人员类型中文名称\n",
            "zh_name | string | Offer 人员类型中文名称\ncode | string | Offer 人员类型编码\n",
            List.of(
                "offer_list.md:104: #/components/schemas/BaseBilingualWithId/properties: added"
                    + " response field data.items.employee_type.code (string)")),
        Arguments.of(
            "changed rate limit of getOffer",
            "get",
            "[20 次/秒]",
            "[10 次/秒]",
            List.of(
                "offer_get.md:18: "
                    + GET_OP
                    + "/x-rate-limit/per-second: changed rate limit per-second from 20 to 10")),
        Arguments.of(
            "changed page_size maximum",
            "list",
            "分页大小，最大为 200",
            "分页大小，最大为 100",
            List.of(
                "offer_list.md:42: "
                    + list
                    + "1/schema/maximum: changed maximum of query parameter page_size from 200 to"
                    + " 100")),
        Arguments.of(
            "changed page_size default",
            "list",
            "**默认值**：`10`",
            "**默认值**：`20`",
            List.of(
                "offer_list.md:42: "
                    + list
                    + "1/schema/default: changed default of query parameter page_size from \"10\""
                    + " to \"20\"")),
        Arguments.of(
            "talent_id became optional",
            "list",
            "talent_id | string | 是",
            "talent_id | string | 否",
            List.of(
                "offer_list.md:45: "
                    + list
                    + "2/required: changed query parameter talent_id from required to optional")),
        Arguments.of(
            "new query parameter",
            "list",
            "user_id_type | string | 否 | 用户 ID 类型",
            "offer_status | int | 否 | Offer 状态\nuser_id_type | string | 否 | 用户 ID 类型",
            List.of(
                "offer_list.md:47: "
                    + LIST_OP
                    + "/parameters: added query parameter offer_status (integer, optional)")),
        Arguments.of(
            "removed query parameter",
            "get",
            "department_id_type | string | 否 | 此次调用中使用的部门 ID 类型。",
            "dept_id_type | string | 否 | 此次调用中使用的部门 ID 类型。",
            List.of(
                "offer_get.md:48: "
                    + GET_OP
                    + "/parameters/2: removed query parameter department_id_type",
                "offer_get.md:60: "
                    + GET_OP
                    + "/parameters: added query parameter dept_id_type (string, optional)")),
        Arguments.of(
            "new value of a query parameter enum",
            "get",
            "- department_id：【飞书】用来标识租户内一个唯一的部门  \n",
            "- department_id：【飞书】用来标识租户内一个唯一的部门  \n- union_department_id：联合部门 ID  \n",
            List.of(
                "offer_get.md:65: "
                    + GET_OP
                    + "/parameters/2/schema/enum: added enum value \"union_department_id\" of query"
                    + " parameter department_id_type")),
        Arguments.of(
            "changed error code status on getOffer",
            "get",
            "400 | 1002002 | Parameter error",
            "500 | 1002002 | Parameter error",
            List.of(
                "offer_get.md:567: "
                    + GET_OP
                    + "/x-error-codes/1/http-status: changed HTTP status of error code 1002002"
                    + " from 400 to 500")),
        Arguments.of(
            "a field no longer needs a scope",
            "get",
            "备注  \n**字段权限要求（满足任一）**：  \n获取 offer 信息(hire:offer:readonly)  \n更新 offer 信息(hire:offer)\n",
            "备注\n",
            List.of(
                "offer_get.md:104: "
                    + GET_OP
                    + "/x-field-scopes/0: removed field scopes of data.offer.basic_info.remark")),
        Arguments.of(
            "a field newly needs a scope",
            "get",
            "schema_id | string | 当前 Offer 使用的 Schema\n",
            "schema_id | string | 当前 Offer 使用的 Schema  \n**字段权限要求（满足任一）**：  \n更新 offer 信息(hire:offer)\n",
            List.of(
                "offer_get.md:265: "
                    + GET_OP
                    + "/x-field-scopes: added field scopes [hire:offer] of data.offer.schema_id")),
        Arguments.of(
            "a parameter value needs another scope",
            "list",
            "获取用户 user ID(contact:user.employee_id:readonly)\nemployee_type_id_type",
            "获取用户 user ID(contact:user.employee_id:readonly)  \n获取用户基本信息(contact:user.base:readonly)\nemployee_type_id_type",
            List.of(
                "offer_list.md:55: "
                    + LIST_OP
                    + "/x-field-scopes/0/any-of: changed field scopes of user_id_type = user_id"
                    + " from [contact:user.employee_id:readonly] to"
                    + " [contact:user.employee_id:readonly, contact:user.base:readonly]")),
        Arguments.of(
            "new scope of listOffers",
            "list",
            "更新 offer 信息(hire:offer)\n",
            "更新 offer 信息(hire:offer)  \n查看 offer 的基础信息(hire:offer:low_sensitive_info:readonly)\n",
            List.of(
                "offer_list.md:22: "
                    + LIST_OP
                    + "/x-required-scopes: added required scope"
                    + " hire:offer:low_sensitive_info:readonly")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readPageDriftKinds")
  void everyDriftKindOnTheReadPagesIsOneLine(
      String kind, String which, String from, String to, List<String> expected) {
    assertThat(readDrift(which, from, to)).containsExactlyElementsOf(expected);
  }

  @Test
  void aTypeUsedAtSeveralPlacesIsDescribedOnceUnlessEveryPlaceDiffers() {
    // the unchanged page words location_type 2 three ways (省份/州, 省/州, 省份/区): no drift
    assertThat(readDrift("get", "[20 次/秒]", "[20 次/秒]")).isEmpty();
    String everywhere = Contracts.GET_DOC.replace("2：STATE（省份/州）", "2：PROVINCE（省）");
    assertThat(
            everywhere
                .replace("2：STATE（省/州）", "2：PROVINCE（省）")
                .replace("2：STATE（省份/区）", "2：PROVINCE（省）"))
        .doesNotContain("2：STATE");
    String all =
        everywhere
            .replace("2：STATE（省/州）", "2：PROVINCE（省）")
            .replace("2：STATE（省份/区）", "2：PROVINCE（省）");
    assertThat(
            DocCheck.compare(Contracts.spec(), List.of(Contracts.getPage(all))).findings().stream()
                .map(Finding::toString))
        .containsExactly(
            "offer_get.md:158: #/components/schemas/LocationType/x-enum-descriptions/2: changed"
                + " description of enum value \"2\" of response field"
                + " data.offer.basic_info.onboard_address.city.location_type from \"STATE（省份/州） /"
                + " state or province\" to \"PROVINCE（省）\"");
  }

  @Test
  void pagesAreMatchedToTheirOperationsByMethodAndPath() {
    SpecDocument spec = Contracts.spec(Contracts.generatedSpec(3));
    List<PageFacts> pages = Contracts.generatedPages(3);
    assertThat(DocCheck.compare(spec, pages).findings()).isEmpty();

    PageFacts unknown =
        Contracts.page(
            Contracts.doc("hire/v1/offers/:offer_id/intern_offer_status", "ats/v1/jobs/:job_id"));
    assertThat(DocCheck.compare(spec, List.of(unknown)).findings())
        .extracting(Finding::toString)
        .containsExactly(
            "intern_offer_status.md:16: #/paths: added operation POST /open-apis/ats/v1/jobs/{job_id}:"
                + " no operation of the spec has this method and path");
  }

  @Test
  void runReadsFilesAndDirectoriesAndNamesThemRelativeToTheProject(@TempDir Path dir)
      throws Exception {
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), Contracts.SPEC);
    Path docs = Files.createDirectories(dir.resolve("upstream"));
    Files.writeString(docs.resolve("intern_offer_status.md"), Contracts.doc("50 次/秒", "60 次/秒"));
    CheckReport report = DocCheck.run(new DocCheck.Config(spec, List.of(docs), dir));
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "upstream/intern_offer_status.md:18: "
                + OP
                + "/x-rate-limit/per-second: changed rate limit per-second from 50 to 60");
    assertThat(report.summary()).isEqualTo("1 difference between openapi.yaml and 1 doc page");
  }

  @Test
  void malformedSpecYamlIsNamedWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path spec =
        Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.0.3\npaths: {\n  bad: [\n");
    Path doc = Files.writeString(dir.resolve("page.md"), Contracts.DOC);
    assertThatThrownBy(() -> DocCheck.run(new DocCheck.Config(spec, List.of(doc), dir)))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "openapi.yaml:4:1: malformed YAML: while parsing a flow node; expected the node content,"
                + " but found '<stream end>'");
  }

  @Test
  void aMissingSpecOrDocIsNamed(@TempDir Path dir) throws Exception {
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), Contracts.SPEC);
    assertThatThrownBy(
            () -> DocCheck.run(new DocCheck.Config(dir.resolve("nope.yaml"), List.of(spec), dir)))
        .isInstanceOf(CheckInputException.class)
        .hasMessage("spec file nope.yaml does not exist");
    assertThatThrownBy(
            () -> DocCheck.run(new DocCheck.Config(spec, List.of(dir.resolve("gone.md")), dir)))
        .isInstanceOf(CheckInputException.class)
        .hasMessage("doc page file gone.md does not exist");
  }

  @Test
  void withoutDocsEveryPageTheSpecNamesIsChecked(@TempDir Path dir) throws Exception {
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), Contracts.SPEC);
    Path upstream = Files.createDirectories(dir.resolve("upstream"));
    List<String> named = Contracts.namedPages();
    for (String page : named) {
      Files.writeString(dir.resolve(page), Contracts.named(page));
    }
    Files.writeString(
        upstream.resolve("offer_list.md"), Contracts.edit(Contracts.LIST_DOC, "50 次/秒", "40 次/秒"));
    CheckReport report = DocCheck.run(new DocCheck.Config(spec, List.of(), dir));
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "upstream/offer_list.md:18: "
                + LIST_OP
                + "/x-rate-limit/per-second: changed rate limit per-second from 50 to 40");
    assertThat(named)
        .contains(
            "upstream/intern_offer_status.md", "upstream/offer_get.md", "upstream/offer_list.md");
    assertThat(report.summary())
        .isEqualTo("1 difference between openapi.yaml and " + named.size() + " doc pages");

    Files.delete(upstream.resolve("offer_get.md"));
    assertThatThrownBy(() -> DocCheck.run(new DocCheck.Config(spec, List.of(), dir)))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "openapi.yaml: "
                + GET_OP
                + "/x-upstream-doc/snapshot: the doc page upstream/offer_get.md does not exist");
  }

  @Test
  void theGenericErrorCodePageIsReadInItsRoleAgainstThePlatformCodes(@TempDir Path dir)
      throws Exception {
    Path spec = Contracts.contractFolder(dir);
    Path generic = dir.resolve("upstream/generic_error_codes.md");
    String page = Files.readString(generic);
    page = Contracts.edit(page, "last_remote_update: 2025-08-20", "last_remote_update: 2026-01-05");
    page =
        Contracts.edit(
            page, "99991664 | invalid app token |", "99991664 | invalid app access token |");
    page = page.replaceFirst("(?m)^10015 \\| wrong app secret \\|.*\n", "");
    Files.writeString(generic, page);

    CheckReport report = DocCheck.run(new DocCheck.Config(spec, List.of(), dir));
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "upstream/generic_error_codes.md:4: #/info/x-upstream-doc/last_remote_update: changed"
                + " last_remote_update of the page from \"2025-08-20\" to \"2026-01-05\"",
            "upstream/generic_error_codes.md:12: #/x-platform-error-codes/10: removed platform"
                + " error code 10015: the generic error-code page no longer lists it",
            "upstream/generic_error_codes.md:577: #/x-platform-error-codes/5/description: changed"
                + " description of platform error code 99991664 from \"invalid app token\" to"
                + " \"invalid app access token\"");
  }

  @Test
  void anInfoPageThatIsNeitherAnApiPageNorTheErrorCodePageIsNamed(@TempDir Path dir)
      throws Exception {
    Path spec = Contracts.contractFolder(dir);
    Files.writeString(dir.resolve("upstream/generic_error_codes.md"), "# 服务端错误码说明\n\nmoved\n");
    assertThatThrownBy(() -> DocCheck.run(new DocCheck.Config(spec, List.of(), dir)))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "upstream/generic_error_codes.md: neither a Feishu API doc page (no table under a '请求'"
                + " heading) nor the generic error-code page (no table with '错误码' and '说明'"
                + " columns)");
  }

  @Test
  void aSpecNamingNoPageNeedsDocs(@TempDir Path dir) throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("openapi.yaml"),
            Contracts.SPEC.replace("x-upstream-doc:", "x-upstream-page:"));
    assertThatThrownBy(() -> DocCheck.run(new DocCheck.Config(spec, List.of(), dir)))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "openapi.yaml: no operation names its doc page (x-upstream-doc.snapshot) and no doc"
                + " page was given");
  }
}
