package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.spec.synthetic.SyntheticContract;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A further operation added to a copy of the spec (the spec test-jar's {@link SyntheticContract})
 * is validated by operation, with its own parameters, body schema and rule, by rules built from
 * that copy: no Java is written for it (adding an operation needs no Java).
 */
class SyntheticOperationRulesTest {
  private static final OfferStatusRules RULES = OfferStatusRules.of(SyntheticContract.model());
  private static final String OPERATION = SyntheticContract.OPERATION_ID;
  private static final Map<String, String> OFFER = Map.of("offer_id", "7016605170635213100");

  private static List<Violation> validate(String json) {
    return RULES.validateJson(OPERATION, OFFER, json.replace('\'', '"'));
  }

  @Test
  void everyRequestExampleOfTheSyntheticOperationIsValid() {
    RequestExamples.assertAllValid(
        RULES, SyntheticContract.model(), OPERATION, OFFER, "doc_request");
  }

  @Test
  void itsRequiredWhenRuleFires() {
    assertThat(validate("{'note_type':'candidate','note':'已电话沟通'}"))
        .containsExactly(
            new Violation(
                "visible_to",
                null,
                "visible-to-required-for-candidate-notes",
                "is required when note_type is \"candidate\""
                    + " (rule visible-to-required-for-candidate-notes)"));
    assertThat(validate("{'note_type':'internal','note':'已电话沟通'}")).isEmpty();
  }

  @Test
  void itsKeywordsAreEnforced() {
    String tooLong = "x".repeat(201);
    assertThat(
            validate(
                "{'note_type':'public','note':'"
                    + tooLong
                    + "','visible_to':['a','b','c','d','e','f']}"))
        .extracting(Violation::path, Violation::rule, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "note",
                "maxLength",
                "must have at most 200 character(s), was \"" + "x".repeat(80) + "…\""),
            org.assertj.core.groups.Tuple.tuple(
                "note_type", "enum", "must be one of \"internal\", \"candidate\", was \"public\""),
            org.assertj.core.groups.Tuple.tuple(
                "visible_to", "maxItems", "must have at most 5 item(s), had 6"));
    assertThat(
            RULES.validateJson(
                OPERATION,
                OFFER,
                "{\"note_type\":\"candidate\",\"note\":\"n\",\"visible_to\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]}",
                Locale.SIMPLIFIED_CHINESE))
        .extracting(Violation::message)
        .containsExactly("至多 5 项，实际为 6 项");
  }

  @Test
  void itsPathParameterIsItsOwn() {
    assertThat(
            RULES.validateJson(OPERATION, Map.of(), "{\"note_type\":\"internal\",\"note\":\"n\"}"))
        .containsExactly(new Violation("offer_id", null, "required", "is required"));
  }

  @Test
  void theShippedOperationsAreJudgedAsBefore() {
    assertThat(
            RULES.validateJson(
                "updateOfferStatus", Map.of("offer_id", "1"), "{\"offer_status\":6}"))
        .extracting(Violation::rule)
        .containsExactly("expiration-date-required-for-offer-sent");
  }
}
