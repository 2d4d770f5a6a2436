package dev.offerstatus.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.rules.fixtures.Requests;
import org.junit.jupiter.api.Test;

/** {@link DateAfter} on a bean shaped like the generated request, under a plain Validator. */
class DateAfterConstrainedTest {
  @Test
  void offboardOnTheOnboardingDayIsReportedOnTheOffboardingDate() {
    assertThat(PlainValidator.lines(Requests.offboard("2022-03-02", "2022-03-02")))
        .containsExactly(
            "offboarding_info.actual_offboarding_date: must be later than"
                + " onboarding_info.actual_onboarding_date (\"2022-03-02\"), was \"2022-03-02\""
                + " (rule offboarding-date-after-onboarding-date)");
  }

  @Test
  void offboardBeforeOnboardingIsReported() {
    assertThat(PlainValidator.lines(Requests.offboard("2022-03-02", "2021-12-31")))
        .containsExactly(
            "offboarding_info.actual_offboarding_date: must be later than"
                + " onboarding_info.actual_onboarding_date (\"2022-03-02\"), was \"2021-12-31\""
                + " (rule offboarding-date-after-onboarding-date)");
  }

  @Test
  void offboardTheNextDayPasses() {
    assertThat(PlainValidator.lines(Requests.offboard("2023-02-28", "2023-03-01"))).isEmpty();
  }

  @Test
  void aMissingOnboardingDateLeavesTheOrderUnchecked() {
    assertThat(PlainValidator.lines(Requests.offboard(null, "2022-03-02"))).isEmpty();
  }
}
