package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Example;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fifth operation, 更新 Offer 状态 ({@code updateOfferStatus}), judged on raw JSON by its own
 * parameters, body schema and rules, with no Java written for it.
 */
class UpdateOfferStatusRulesTest {
  private static final String OPERATION = "updateOfferStatus";
  private static final Map<String, String> OFFER = Map.of("offer_id", "6930815272790114324");
  private static final OfferStatusRules RULES = OfferStatusRules.fromClasspath();

  private static List<Violation> validate(String json) {
    return RULES.validateJson(OPERATION, OFFER, json.replace('\'', '"'));
  }

  private static List<Violation> inChinese(String json) {
    return RULES.validateJson(OPERATION, OFFER, json.replace('\'', '"'), Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void everyRequestExampleOfThePageAndTheSpecIsValid() {
    Map<String, Example> examples =
        ContractModel.fromClasspath()
            .requireOperation(OPERATION)
            .requestBody()
            .orElseThrow()
            .examples();
    assertThat(examples).containsKey("doc_request");
    for (Example example : examples.values()) {
      assertThat(RULES.validateJson(OPERATION, OFFER, example.value().toString()))
          .as(example.name())
          .isEmpty();
    }
  }

  @Test
  void offerSentWithoutExpirationDateIsRefused() {
    assertThat(validate("{'offer_status':6}"))
        .containsExactly(
            new Violation(
                "expiration_date",
                null,
                "expiration-date-required-for-offer-sent",
                "is required when offer_status is 6 (rule expiration-date-required-for-offer-sent)"));
    assertThat(inChinese("{'offer_status':6}"))
        .extracting(Violation::message)
        .containsExactly("当 offer_status 为 6 时必填（规则 expiration-date-required-for-offer-sent）");
  }

  @Test
  void candidateRejectedWithoutTerminationReasonsIsRefused() {
    assertThat(validate("{'offer_status':8,'termination_reason_note':'不符合期望'}"))
        .containsExactly(
            new Violation(
                "termination_reason_id_list",
                null,
                "termination-reason-id-list-required-for-candidate-rejected",
                "is required when offer_status is 8"
                    + " (rule termination-reason-id-list-required-for-candidate-rejected)"));
  }

  @Test
  void fiftyOneTerminationReasonsAreRefusedByMaxItems() {
    String fifty = "'1',".repeat(49) + "'1'";
    assertThat(validate("{'offer_status':8,'termination_reason_id_list':[" + fifty + "]}"))
        .isEmpty();
    List<Violation> found =
        validate("{'offer_status':8,'termination_reason_id_list':[" + fifty + ",'1']}");
    assertThat(found)
        .extracting(Violation::path, Violation::rule, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "termination_reason_id_list", "maxItems", "must have at most 50 item(s), had 51"));
    assertThat(found.get(0).value()).isEqualTo("[" + fifty.replace('\'', '"') + ",\"1\"]");
    assertThat(inChinese("{'offer_status':8,'termination_reason_id_list':[" + fifty + ",'1']}"))
        .extracting(Violation::message)
        .containsExactly("至多 50 项，实际为 51 项");
  }

  @Test
  void aDateThatIsNoCalendarDateIsRefused() {
    assertThat(validate("{'offer_status':6,'expiration_date':'2023-02-30'}"))
        .containsExactly(
            new Violation(
                "expiration_date",
                "2023-02-30",
                "date-format",
                "must be a real calendar date written YYYY-MM-DD, was \"2023-02-30\""));
  }

  @Test
  void aStatusThePageDoesNotListIsRefusedWithTheListedOnes() {
    assertThat(validate("{'offer_status':11}"))
        .containsExactly(
            new Violation(
                "offer_status", 11, "enum", "must be one of 2, 3, 4, 5, 6, 7, 8, 9, 10, was 11"));
    assertThat(validate("{}"))
        .containsExactly(new Violation("offer_status", null, "required", "is required"));
  }

  @Test
  void itsOfferIdIsOnePathSegment() {
    assertThat(RULES.validateJson(OPERATION, Map.of("offer_id", ".."), "{\"offer_status\":2}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("offer_id", "path-segment"));
  }

  @Test
  void theSameBodyIsJudgedByEachOperationsOwnSchema() {
    assertThat(validate("{'offer_status':2}")).isEmpty();
    assertThat(
            RULES.validateJson(
                Intern.OPERATION, Intern.offer("6930815272790114324"), "{\"offer_status\":2}"))
        .containsExactly(new Violation("operation", null, "required", "is required"));
  }
}
