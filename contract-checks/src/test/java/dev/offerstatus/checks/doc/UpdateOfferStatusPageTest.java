package dev.offerstatus.checks.doc;

import static dev.offerstatus.checks.Contracts.UPDATE_OP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.doc.FeishuProse.RequiredWhen;
import dev.offerstatus.checks.doc.PageFacts.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * check-doc on the 更新 Offer 状态 page (updateOfferStatus): the shapes the other pages do not have (a
 * required-when note naming the value by its label, an array example, an error description spanning
 * two lines) are read like the rest.
 */
class UpdateOfferStatusPageTest {
  private static final String REQUEST = "#/components/schemas/UpdateOfferStatusRequest";

  private static List<String> drift(String spec, String page) {
    return DocCheck.compare(Contracts.spec(spec), List.of(Contracts.updatePage(page)))
        .findings()
        .stream()
        .map(Finding::toString)
        .toList();
  }

  private static Field requestField(String page, String path) {
    return Contracts.updatePage(page).requestBody().fields().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theUnchangedPageAgreesWithTheSpec() {
    CheckReport report =
        DocCheck.compare(Contracts.spec(), List.of(Contracts.updatePage(Contracts.UPDATE_DOC)));
    assertThat(report.findings()).extracting(Finding::toString).isEmpty();
    assertThat(report.summary()).isEqualTo("0 differences between openapi.yaml and 1 doc page");
  }

  @Test
  void aNoteThatNamesTheValueByItsLabelIsARequiredWhenRule() {
    Field expiration = requestField(Contracts.UPDATE_DOC, "expiration_date");
    assertThat(expiration.notes()).hasSize(1);
    assertThat(FeishuProse.rule(expiration.notes().get(0).value()))
        .isEqualTo(new RequiredWhen("offer_status", List.of("Offer 已发送")));

    assertThat(
            drift(
                Contracts.SPEC,
                Contracts.edit(
                    Contracts.UPDATE_DOC,
                    "当请求参数 offer_status 为「Offer 已发送」时必填",
                    "当请求参数 offer_status 为「Offer 已失效」时必填")))
        .containsExactly(
            "offer_status.md:77: "
                + REQUEST
                + "/x-contract-rules/0/when: changed rule expiration-date-required-for-offer-sent"
                + " from offer_status in [6] to offer_status in [9]");
  }

  @Test
  void aWrongRuleValueInTheSpecIsStillCaught() {
    String spec =
        Contracts.edit(
            Contracts.SPEC,
            "            field: offer_status\n            equals: 6\n",
            "            field: offer_status\n            equals: 7\n");

    assertThat(drift(spec, Contracts.UPDATE_DOC))
        .containsExactly(
            "offer_status.md:77: "
                + REQUEST
                + "/x-contract-rules/0/when: changed rule expiration-date-required-for-offer-sent"
                + " from offer_status in [7] to offer_status in [6]");
  }

  @Test
  void aRuleThePageNoLongerStatesIsRemoved() {
    assertThat(
            drift(
                Contracts.SPEC,
                Contracts.edit(
                    Contracts.UPDATE_DOC, "**注意**：当请求参数 offer_status 为「Offer 被候选人拒绝」时必填  \n", "")))
        .containsExactly(
            "offer_status.md:80: "
                + REQUEST
                + "/x-contract-rules/1: removed rule"
                + " termination-reason-id-list-required-for-candidate-rejected: the doc no longer"
                + " states it");
  }

  @Test
  void anArrayExampleIsComparedNotDropped() {
    assertThat(requestField(Contracts.UPDATE_DOC, "termination_reason_id_list").example())
        .isEqualTo("[\"6891560630172518670\"]");

    assertThat(
            drift(
                Contracts.SPEC,
                Contracts.edit(
                    Contracts.UPDATE_DOC,
                    "**示例值**：[\"6891560630172518670\"]",
                    "**示例值**：[\"6891560630172518670\", \"1\"]")))
        .containsExactly(
            "offer_status.md:80: "
                + REQUEST
                + "/properties/termination_reason_id_list/example: changed example of request"
                + " field termination_reason_id_list from \"[\"6891560630172518670\"]\" to"
                + " \"[\"6891560630172518670\",\"1\"]\"");
  }

  @Test
  void theMaximumLengthOfAListIsComparedWithItsMaxItems() {
    assertThat(requestField(Contracts.UPDATE_DOC, "termination_reason_id_list").maxLength())
        .isEqualTo(50L);

    assertThat(
            drift(
                Contracts.SPEC,
                Contracts.edit(Contracts.UPDATE_DOC, "**最大长度**：  \n50", "**最大长度**：  \n100")))
        .containsExactly(
            "offer_status.md:80: "
                + REQUEST
                + "/properties/termination_reason_id_list/maxItems: changed maximum length of"
                + " request field termination_reason_id_list from 50 to 100");
    assertThat(
            drift(
                Contracts.edit(Contracts.SPEC, "          maxItems: 50\n", ""),
                Contracts.UPDATE_DOC))
        .containsExactly(
            "offer_status.md:80: "
                + REQUEST
                + "/properties/termination_reason_id_list/maxItems: changed maximum length of"
                + " request field termination_reason_id_list from (none) to 50");
  }

  @Test
  void anErrorDescriptionSpanningTwoLinesIsReadWhole() {
    assertThat(Contracts.updatePage(Contracts.UPDATE_DOC).errorCodes().value())
        .filteredOn(c -> c.code() == 1002074)
        .singleElement()
        .extracting(PageFacts.ErrorCode::description)
        .isEqualTo("同步开关尚未打开，仅支持在招聘系统中创建 Offer、修改 Offer 状态和发送 Offer");

    assertThat(
            drift(
                Contracts.SPEC,
                Contracts.edit(Contracts.UPDATE_DOC, " Offer、修改 Offer 状态和发送 Offer", " Offer")))
        .containsExactly(
            "offer_status.md:131: "
                + UPDATE_OP
                + "/x-error-codes/8/description: changed description of error code 1002074 from"
                + " \"同步开关尚未打开，仅支持在招聘系统中创建 Offer、修改 Offer 状态和发送 Offer / the sync switch is"
                + " off; offers can be created, have their status changed and be sent only in"
                + " Feishu Hire\" to \"同步开关尚未打开，仅支持在招聘系统中创建 Offer\"");
  }

  @Test
  void thePerMinuteOnlyLimitIsCompared() {
    assertThat(
            drift(
                Contracts.SPEC,
                Contracts.edit(Contracts.UPDATE_DOC, "[100 次/分钟]", "[100 次/分钟、5 次/秒]")))
        .containsExactly(
            "offer_status.md:38: " + UPDATE_OP + "/x-rate-limit: added rate limit per-second of 5");
  }
}
