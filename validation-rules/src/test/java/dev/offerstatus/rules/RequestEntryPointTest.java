package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.offerstatus.rules.fixtures.InternOfferStatusRequest;
import dev.offerstatus.rules.fixtures.Operation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one-call pre-flight of a request: offer id, model and body, merged and ordered. */
class RequestEntryPointTest {
  private final OfferStatusRules rules = OfferStatusRules.fromClasspath();

  @Test
  void aFindingOfBothChecksAndTheOfferIdAreReportedOnceInPathOrder() {
    InternOfferStatusRequest request =
        new InternOfferStatusRequest().operation(Operation.CONFIRM_ONBOARDING);
    String body = "{\"operation\":\"confirm_onboarding\"}";

    assertThat(
            rules.validateRequest(
                Intern.OPERATION, Intern.offer("a/b"), request, body, Locale.ENGLISH))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("offer_id", "path-segment"),
            tuple("onboarding_info", "onboarding-info-required-for-confirm-onboarding"));
  }

  @Test
  void aFindingOnlyTheBodyShowsIsKept() {
    InternOfferStatusRequest request =
        new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING);
    String body =
        "{\"operation\":\"cancel_onboarding\","
            + "\"onboarding_info\":{\"actual_onboarding_date\":\"2022-02-30\"}}";

    assertThat(
            rules.validateRequest(
                Intern.OPERATION,
                Intern.offer("7016605170635213100"),
                request,
                body,
                Locale.ENGLISH))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("onboarding_info.actual_onboarding_date", "date-format"));
  }

  @Test
  void aValidRequestHasNoFindings() {
    assertThat(
            rules.validateRequest(
                Intern.OPERATION,
                Intern.offer("7016605170635213100"),
                new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING),
                "{\"operation\":\"cancel_onboarding\"}",
                Locale.ENGLISH))
        .isEmpty();
  }
}
