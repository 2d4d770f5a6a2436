package dev.offerstatus.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.rules.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The required-when validator is generic: any bean, any schema, any scalar condition. */
class RequiredWhenValidatorTest {
  private static Offer offer(Integer status, String channel) {
    Offer offer = new Offer();
    offer.offerStatus = status;
    offer.channel = channel;
    return offer;
  }

  @Test
  void integerConditionTriggersTheRule() {
    assertThat(RuleFixtureSpec.validate(offer(6, null)))
        .containsExactly(
            new Violation(
                "expiration_date",
                null,
                "expiration-date-required-for-status-6",
                "is required when offer_status is 6 (rule expiration-date-required-for-status-6)"));
  }

  @Test
  void otherValuesLeaveTheFieldOptional() {
    assertThat(RuleFixtureSpec.validate(offer(5, "phone"))).isEmpty();
  }

  @Test
  void presentFieldSatisfiesTheRule() {
    Offer offer = offer(6, null);
    offer.expirationDate = "2022-01-01";
    assertThat(RuleFixtureSpec.validate(offer)).isEmpty();
  }

  @Test
  void inConditionAndNestedFieldAreSupported() {
    Offer offer = offer(null, "post");
    offer.terms = Map.of("start_date", "2022-01-01");
    assertThat(RuleFixtureSpec.validate(offer))
        .containsExactly(
            new Violation(
                "terms.signed",
                null,
                "terms-signed-for-channels",
                "is required when channel is \"email\", \"post\" (rule terms-signed-for-channels)"));
  }

  @Test
  void missingParentMakesTheNestedFieldMissing() {
    assertThat(RuleFixtureSpec.validate(offer(null, "email")))
        .extracting(Violation::path)
        .containsExactly("terms.signed");
  }

  @Test
  void schemaAttributeNamesTheSchemaOfAnyClass() {
    @RequiredWhen(schema = "Offer")
    class Renamed {
      @com.fasterxml.jackson.annotation.JsonProperty("offer_status")
      public int status = 6;
    }
    assertThat(RuleFixtureSpec.validate(new Renamed()))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "expiration_date", "expiration-date-required-for-status-6"));
  }

  @Test
  void classWithoutASchemaHasNoRules() {
    @RequiredWhen
    class Unknown {
      @com.fasterxml.jackson.annotation.JsonProperty("offer_status")
      public int status = 6;
    }
    assertThat(RuleFixtureSpec.validate(new Unknown())).isEmpty();
  }
}
