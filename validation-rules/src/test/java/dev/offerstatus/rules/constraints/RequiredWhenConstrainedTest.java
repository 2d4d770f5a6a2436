package dev.offerstatus.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.rules.fixtures.InternOfferStatusRequest;
import dev.offerstatus.rules.fixtures.Operation;
import dev.offerstatus.rules.fixtures.Requests;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link RequiredWhen} on a bean shaped like the generated request, under a plain Validator. */
class RequiredWhenConstrainedTest {
  @Test
  void confirmOnboardingWithoutOnboardingInfoIsReportedOnTheField() {
    Set<ConstraintViolation<InternOfferStatusRequest>> violations =
        PlainValidator.VALIDATOR.validate(
            new InternOfferStatusRequest().operation(Operation.CONFIRM_ONBOARDING));
    assertThat(violations).hasSize(1);
    ConstraintViolation<InternOfferStatusRequest> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString("onboarding_info");
    assertThat(violation.getMessage())
        .isEqualTo(
            "is required when operation is \"confirm_onboarding\""
                + " (rule onboarding-info-required-for-confirm-onboarding)");
    assertThat(violation.getMessageTemplate())
        .isEqualTo("{dev.offerstatus.rules.constraints.RequiredWhen.message}");
    assertThat(violation.getConstraintDescriptor().getAnnotation())
        .isInstanceOf(RequiredWhen.class);
  }

  @Test
  void offboardWithoutOffboardingInfoIsReportedOnTheField() {
    assertThat(PlainValidator.lines(new InternOfferStatusRequest().operation(Operation.OFFBOARD)))
        .containsExactly(
            "offboarding_info: is required when operation is \"offboard\""
                + " (rule offboarding-info-required-for-offboard)");
  }

  @Test
  void cancelOnboardingRequiresNoInfo() {
    assertThat(
            PlainValidator.lines(
                new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING)))
        .isEmpty();
  }

  @Test
  void presentInfoSatisfiesTheRule() {
    assertThat(PlainValidator.lines(Requests.confirm("2022-01-01"))).isEmpty();
  }
}
