package dev.offerstatus.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.rules.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The date-after validator is generic: nested paths, strict and non-strict, any bean. */
class DateAfterValidatorTest {
  private static Offer offer(String start, String end, String expiration) {
    Offer offer = new Offer();
    offer.expirationDate = expiration;
    java.util.HashMap<String, Object> terms = new java.util.HashMap<>();
    terms.put("start_date", start);
    terms.put("end_date", end);
    offer.terms = terms;
    return offer;
  }

  @Test
  void nonStrictRuleAcceptsTheSameDay() {
    assertThat(RuleFixtureSpec.validate(offer("2022-01-01", "2022-01-01", null))).isEmpty();
  }

  @Test
  void nonStrictRuleRejectsAnEarlierDay() {
    assertThat(RuleFixtureSpec.validate(offer("2022-01-01", "2021-12-31", null)))
        .containsExactly(
            new Violation(
                "terms.end_date",
                "2021-12-31",
                "end-not-before-start",
                "must not be earlier than terms.start_date (\"2022-01-01\"), was \"2021-12-31\""
                    + " (rule end-not-before-start)"));
  }

  @Test
  void strictIsTheDefault() {
    assertThat(RuleFixtureSpec.validate(offer("2022-01-01", null, "2022-01-01")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("expiration_date", "expiration-after-start"));
  }

  @Test
  void malformedOrAbsentDatesAreLeftToOtherChecks() {
    assertThat(RuleFixtureSpec.validate(offer("2022-01-01", "2021-02-30", null))).isEmpty();
    assertThat(RuleFixtureSpec.validate(offer(null, "2021-01-01", null))).isEmpty();
  }

  @Test
  void nonTextDatesAreIgnored() {
    Offer offer = new Offer();
    offer.terms = Map.of("start_date", 20220101, "end_date", 20210101);
    assertThat(RuleFixtureSpec.validate(offer)).isEmpty();
  }
}
