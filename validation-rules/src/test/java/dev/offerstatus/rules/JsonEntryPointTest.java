package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The raw entry point, rule by rule, with exact paths, values, rule ids and messages. */
class JsonEntryPointTest {
  private static final String ID = "7016605170635213100";
  private final OfferStatusRules rules = OfferStatusRules.fromClasspath();

  private List<Violation> validate(String json) {
    return rules.validateJson(Intern.OPERATION, Intern.offer(ID), json.replace('\'', '"'));
  }

  private static String offboard(String onboarding, String offboarding) {
    return "{'operation':'offboard','onboarding_info':{'actual_onboarding_date':'"
        + onboarding
        + "'},'offboarding_info':{'actual_offboarding_date':'"
        + offboarding
        + "','notes':'主动离职'}}";
  }

  @Test
  void theDocExampleIsValid() {
    assertThat(
            validate(
                "{'operation':'confirm_onboarding','onboarding_info':{'actual_onboarding_date':"
                    + "'2022-01-01'},'offboarding_info':{'actual_offboarding_date':'2022-03-02',"
                    + "'notes':'主动离职'}}"))
        .isEmpty();
  }

  @Test
  void cancelOnboardingNeedsNothingElse() {
    assertThat(validate("{'operation':'cancel_onboarding'}")).isEmpty();
  }

  // Rule 1: operation is required and one of the enum values.

  @Test
  void missingOperationIsRequired() {
    assertThat(validate("{}"))
        .containsExactly(new Violation("operation", null, "required", "is required"));
  }

  @Test
  void nullOperationIsRequired() {
    assertThat(validate("{'operation':null}"))
        .containsExactly(new Violation("operation", null, "required", "is required"));
  }

  @Test
  void unknownOperationIsRejectedWithTheAllowedValues() {
    assertThat(validate("{'operation':'onboard'}"))
        .containsExactly(
            new Violation(
                "operation",
                "onboard",
                "enum",
                "must be one of \"confirm_onboarding\", \"cancel_onboarding\", \"offboard\","
                    + " was \"onboard\""));
  }

  @Test
  void operationIsCaseSensitive() {
    assertThat(validate("{'operation':'OFFBOARD'}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("operation", "enum"));
  }

  @Test
  void nonStringOperationIsATypeError() {
    assertThat(validate("{'operation':3}"))
        .containsExactly(new Violation("operation", 3, "type", "must be a JSON string, was 3"));
  }

  // Rule 2: conditional objects.

  @Test
  void confirmOnboardingWithoutOnboardingInfoIsRejected() {
    assertThat(validate("{'operation':'confirm_onboarding'}"))
        .containsExactly(
            new Violation(
                "onboarding_info",
                null,
                "onboarding-info-required-for-confirm-onboarding",
                "is required when operation is \"confirm_onboarding\""
                    + " (rule onboarding-info-required-for-confirm-onboarding)"));
  }

  @Test
  void offboardWithoutOffboardingInfoIsRejected() {
    assertThat(validate("{'operation':'offboard','offboarding_info':null}"))
        .containsExactly(
            new Violation(
                "offboarding_info",
                null,
                "offboarding-info-required-for-offboard",
                "is required when operation is \"offboard\""
                    + " (rule offboarding-info-required-for-offboard)"));
  }

  @Test
  void extraInfoObjectsAreNotForbidden() {
    assertThat(
            validate(
                "{'operation':'cancel_onboarding','onboarding_info':{'actual_onboarding_date':"
                    + "'2022-01-01'},'offboarding_info':{'actual_offboarding_date':'2022-03-02'}}"))
        .isEmpty();
  }

  @Test
  void infoObjectOfTheWrongTypeIsATypeError() {
    assertThat(validate("{'operation':'confirm_onboarding','onboarding_info':'2022-01-01'}"))
        .containsExactly(
            new Violation(
                "onboarding_info",
                "2022-01-01",
                "type",
                "must be a JSON object, was \"2022-01-01\""));
  }

  // Rule 3: dates inside their objects.

  @Test
  void onboardingDateIsRequiredInsideItsObject() {
    assertThat(validate("{'operation':'confirm_onboarding','onboarding_info':{}}"))
        .containsExactly(
            new Violation(
                "onboarding_info.actual_onboarding_date", null, "required", "is required"));
  }

  @Test
  void offboardingDateIsRequiredInsideItsObject() {
    assertThat(validate("{'operation':'offboard','offboarding_info':{'notes':'x'}}"))
        .containsExactly(
            new Violation(
                "offboarding_info.actual_offboarding_date", null, "required", "is required"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-02-30",
        "2023-02-29",
        "2022-1-1",
        "2022/01/01",
        "2022-01-01T00:00:00Z",
        " 2022-01-01",
        "2022-01-01 ",
        "２０２２-０１-０１",
        "2022-13-01",
        "2022-00-10",
        "2022-04-31",
        "+2022-01-01",
        "20220101",
        ""
      })
  void malformedOnboardingDatesAreRejected(String date) {
    assertThat(
            rules.validateJson(
                Intern.OPERATION,
                Intern.offer(ID),
                "{\"operation\":\"confirm_onboarding\",\"onboarding_info\":"
                    + "{\"actual_onboarding_date\":\""
                    + date
                    + "\"}}"))
        .containsExactly(
            new Violation(
                "onboarding_info.actual_onboarding_date",
                date,
                "date-format",
                "must be a real calendar date written YYYY-MM-DD, was \"" + date + "\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-02-30", "2023-02-29", "2022-1-1", "2022-01-01T00:00:00Z"})
  void malformedOffboardingDatesAreRejected(String date) {
    assertThat(validate(offboard("2022-01-01", date)))
        .containsExactly(
            new Violation(
                "offboarding_info.actual_offboarding_date",
                date,
                "date-format",
                "must be a real calendar date written YYYY-MM-DD, was \"" + date + "\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "2000-02-29", "2022-12-31", "0001-01-01", "9999-12-31"})
  void realDatesAreAccepted(String date) {
    assertThat(
            validate(
                "{'operation':'confirm_onboarding','onboarding_info':{'actual_onboarding_date':'"
                    + date
                    + "'}}"))
        .isEmpty();
  }

  @Test
  void centuryThatIsNotALeapYearHasNoFebruary29() {
    assertThat(
            validate(
                "{'operation':'confirm_onboarding','onboarding_info':{'actual_onboarding_date':"
                    + "'1900-02-29'}}"))
        .extracting(Violation::rule)
        .containsExactly("date-format");
  }

  @Test
  void numericDateIsATypeError() {
    assertThat(
            validate(
                "{'operation':'confirm_onboarding','onboarding_info':{'actual_onboarding_date':"
                    + "20220101}}"))
        .containsExactly(
            new Violation(
                "onboarding_info.actual_onboarding_date",
                20220101,
                "type",
                "must be a JSON string, was 20220101"));
  }

  // Rule 4: offboarding strictly after onboarding.

  @Test
  void offboardOnTheOnboardingDayIsRejected() {
    assertThat(validate(offboard("2022-03-02", "2022-03-02")))
        .containsExactly(
            new Violation(
                "offboarding_info.actual_offboarding_date",
                "2022-03-02",
                "offboarding-date-after-onboarding-date",
                "must be later than onboarding_info.actual_onboarding_date (\"2022-03-02\"),"
                    + " was \"2022-03-02\" (rule offboarding-date-after-onboarding-date)"));
  }

  @Test
  void offboardBeforeOnboardingIsRejected() {
    assertThat(validate(offboard("2022-03-02", "2022-01-01")))
        .extracting(Violation::path, Violation::value, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "offboarding_info.actual_offboarding_date",
                "2022-01-01",
                "offboarding-date-after-onboarding-date"));
  }

  @Test
  void offboardTheDayAfterOnboardingIsAccepted() {
    assertThat(validate(offboard("2024-02-28", "2024-02-29"))).isEmpty();
    assertThat(validate(offboard("2022-12-31", "2023-01-01"))).isEmpty();
  }

  @Test
  void dateOrderIsNotCheckedWhenADateIsMalformed() {
    assertThat(validate(offboard("2022-03-02", "2022-02-30")))
        .extracting(Violation::rule)
        .containsExactly("date-format");
  }

  @Test
  void dateOrderIsNotCheckedWhenOnlyOneDateIsPresent() {
    assertThat(
            validate(
                "{'operation':'offboard','offboarding_info':{'actual_offboarding_date':"
                    + "'1999-01-01'}}"))
        .isEmpty();
  }

  // Rule 5: offer_id.

  @Test
  void missingOfferIdIsRequired() {
    assertThat(
            rules.validateJson(
                Intern.OPERATION, Intern.offer(null), "{\"operation\":\"cancel_onboarding\"}"))
        .containsExactly(new Violation("offer_id", null, "required", "is required"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\t",
        "a/b",
        "/",
        "..",
        ".",
        "a\u0000b",
        "abc\n",
        "\n",
        "a\u007Fb",
        "a\u001Fb"
      })
  void offerIdThatIsNotOnePathSegmentIsRejected(String offerId) {
    List<Violation> violations =
        rules.validateJson(
            Intern.OPERATION, Intern.offer(offerId), "{\"operation\":\"cancel_onboarding\"}");
    assertThat(violations).hasSize(1);
    Violation violation = violations.get(0);
    assertThat(violation.path()).isEqualTo("offer_id");
    assertThat(violation.value()).isEqualTo(offerId);
    assertThat(violation.rule()).isEqualTo("path-segment");
    assertThat(violation.message())
        .startsWith(
            "must be one URL path segment (not blank, no \"/\", not \".\" or \"..\", no control"
                + " characters), was \"");
  }

  @Test
  void pathSegmentMessageEscapesControlCharacters() {
    assertThat(
            rules.validateJson(
                Intern.OPERATION, Intern.offer("abc\n"), "{\"operation\":\"cancel_onboarding\"}"))
        .extracting(Violation::message)
        .containsExactly(
            "must be one URL path segment (not blank, no \"/\", not \".\" or \"..\", no control"
                + " characters), was \"abc\\n\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7016605170635213100", "a..b", "...", "offer-1_2.3", "ä"})
  void offerIdsThatAreOneSegmentAreAccepted(String offerId) {
    assertThat(
            rules.validateJson(
                Intern.OPERATION, Intern.offer(offerId), "{\"operation\":\"cancel_onboarding\"}"))
        .isEmpty();
  }

  // Rule 6: notes.

  @Test
  void nonStringNotesAreATypeError() {
    assertThat(
            validate(
                "{'operation':'offboard','offboarding_info':{'actual_offboarding_date':"
                    + "'2022-03-02','notes':42}}"))
        .containsExactly(
            new Violation("offboarding_info.notes", 42, "type", "must be a JSON string, was 42"));
  }

  @Test
  void objectNotesAreATypeErrorShownAsJson() {
    assertThat(
            validate(
                "{'operation':'offboard','offboarding_info':{'actual_offboarding_date':"
                    + "'2022-03-02','notes':{'a':1}}}"))
        .containsExactly(
            new Violation(
                "offboarding_info.notes",
                "{\"a\":1}",
                "type",
                "must be a JSON string, was {\"a\":1}"));
  }

  // JSON itself.

  @Test
  void unparseableJsonIsOneViolationWithItsPosition() {
    assertThat(
            rules.validateJson(
                Intern.OPERATION, Intern.offer(ID), "{\"operation\":\n  \"offboard\",}"))
        .containsExactly(new Violation("", null, "json", "is not valid JSON (line 2, column 14)"));
  }

  @Test
  void emptyBodyIsNotValidJson() {
    assertThat(rules.validateJson(Intern.OPERATION, Intern.offer(ID), ""))
        .containsExactly(new Violation("", null, "json", "is not valid JSON (line 1, column 1)"));
  }

  @Test
  void trailingContentIsNotValidJson() {
    assertThat(
            rules.validateJson(
                Intern.OPERATION, Intern.offer(ID), "{\"operation\":\"cancel_onboarding\"} x"))
        .extracting(Violation::rule)
        .containsExactly("json");
  }

  @Test
  void nullBodyIsRequired() {
    assertThat(rules.validateJson(Intern.OPERATION, Intern.offer(ID), null))
        .containsExactly(new Violation("", null, "required", "is required"));
  }

  @Test
  void bodyThatIsNotAnObjectIsATypeError() {
    assertThat(rules.validateJson(Intern.OPERATION, Intern.offer(ID), "[]"))
        .containsExactly(new Violation("", "[]", "type", "must be a JSON object, was []"));
  }

  @Test
  void unknownFieldsAreIgnored() {
    assertThat(validate("{'operation':'cancel_onboarding','reason':'x'}")).isEmpty();
  }

  @Test
  void violationsComeSortedByPathThenRule() {
    assertThat(
            rules.validateJson(
                Intern.OPERATION,
                Intern.offer("a/b"),
                "{\"operation\":\"offboard\",\"onboarding_info\":"
                    + "{\"actual_onboarding_date\":\"2022-02-30\"}}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "offboarding_info", "offboarding-info-required-for-offboard"),
            org.assertj.core.groups.Tuple.tuple("offer_id", "path-segment"),
            org.assertj.core.groups.Tuple.tuple(
                "onboarding_info.actual_onboarding_date", "date-format"));
  }

  @Test
  void messagesReadInChinese() {
    assertThat(
            rules.validateJson(
                Intern.OPERATION,
                Intern.offer("a/b"),
                "{\"operation\":\"offboard\",\"onboarding_info\":"
                    + "{\"actual_onboarding_date\":\"2022-02-30\"}}",
                Locale.SIMPLIFIED_CHINESE))
        .extracting(Violation::toString)
        .containsExactly(
            "offboarding_info: 当 operation 为 \"offboard\" 时必填（规则 offboarding-info-required-for-offboard）",
            "offer_id: 必须是单个 URL 路径段（非空白、不含 \"/\"、不是 \".\" 或 \"..\"、不含控制字符），实际为 \"a/b\"",
            "onboarding_info.actual_onboarding_date: 必须是格式为 YYYY-MM-DD 的真实日历日期，实际为 \"2022-02-30\"");
  }

  @Test
  void dateOrderReadsInChinese() {
    assertThat(
            rules.validateJson(
                Intern.OPERATION,
                Intern.offer(ID),
                offboard("2022-03-02", "2022-03-01").replace('\'', '"'),
                Locale.CHINA))
        .extracting(Violation::message)
        .containsExactly(
            "必须晚于 onboarding_info.actual_onboarding_date（\"2022-03-02\"），实际为 \"2022-03-01\""
                + "（规则 offboarding-date-after-onboarding-date）");
  }
}
