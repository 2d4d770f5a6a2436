package dev.offerstatus.rules;

import static dev.offerstatus.rules.fixtures.Requests.confirm;
import static dev.offerstatus.rules.fixtures.Requests.offboard;
import static dev.offerstatus.rules.fixtures.Requests.onboarding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.rules.fixtures.InternOfferOffboardingInfo;
import dev.offerstatus.rules.fixtures.InternOfferStatusRequest;
import dev.offerstatus.rules.fixtures.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The model entry point on beans shaped like the generated models (the generated models themselves
 * are tested in sdk-generated, which depends on this module).
 */
class ModelEntryPointTest {
  private static final String ID = "7016605170635213100";
  private final OfferStatusRules rules = OfferStatusRules.fromClasspath();

  @Test
  void validConfirmOnboardingPasses() {
    assertThat(rules.validateModel(Intern.OPERATION, Intern.offer(ID), confirm("2022-01-01")))
        .isEmpty();
  }

  @Test
  void confirmOnboardingWithoutOnboardingInfoIsRejectedOnTheJsonPath() {
    assertThat(
            rules.validateModel(
                Intern.OPERATION,
                Intern.offer(ID),
                new InternOfferStatusRequest().operation(Operation.CONFIRM_ONBOARDING)))
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
    assertThat(
            rules.validateModel(
                Intern.OPERATION,
                Intern.offer(ID),
                new InternOfferStatusRequest().operation(Operation.OFFBOARD)))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "offboarding_info", "offboarding-info-required-for-offboard"));
  }

  @Test
  void missingOperationIsRequired() {
    assertThat(
            rules.validateModel(Intern.OPERATION, Intern.offer(ID), new InternOfferStatusRequest()))
        .containsExactly(new Violation("operation", null, "required", "is required"));
  }

  @Test
  void missingNestedDateUsesJsonNames() {
    assertThat(rules.validateModel(Intern.OPERATION, Intern.offer(ID), confirm(null)))
        .containsExactly(
            new Violation(
                "onboarding_info.actual_onboarding_date", null, "required", "is required"));
  }

  @Test
  void offboardOnTheOnboardingDayIsRejected() {
    assertThat(
            rules.validateModel(
                Intern.OPERATION, Intern.offer(ID), offboard("2022-03-02", "2022-03-02")))
        .containsExactly(
            new Violation(
                "offboarding_info.actual_offboarding_date",
                "2022-03-02",
                "offboarding-date-after-onboarding-date",
                "must be later than onboarding_info.actual_onboarding_date (\"2022-03-02\"),"
                    + " was \"2022-03-02\" (rule offboarding-date-after-onboarding-date)"));
  }

  @Test
  void offboardAfterALeapDayPasses() {
    assertThat(
            rules.validateModel(
                Intern.OPERATION, Intern.offer(ID), offboard("2024-02-29", "2024-03-01")))
        .isEmpty();
  }

  @Test
  void offerIdIsCheckedToo() {
    assertThat(rules.validateModel(Intern.OPERATION, Intern.offer(".."), confirm("2022-01-01")))
        .extracting(Violation::path, Violation::value, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("offer_id", "..", "path-segment"));
  }

  @Test
  void nullRequestIsRequired() {
    assertThat(rules.validateModel(Intern.OPERATION, Intern.offer(ID), null))
        .containsExactly(new Violation("", null, "required", "is required"));
  }

  @Test
  void messagesReadInChinese() {
    assertThat(
            rules.validateModel(
                Intern.OPERATION,
                Intern.offer(ID),
                new InternOfferStatusRequest()
                    .operation(Operation.OFFBOARD)
                    .onboardingInfo(onboarding(null))
                    .offboardingInfo(new InternOfferOffboardingInfo()),
                Locale.SIMPLIFIED_CHINESE))
        .extracting(Violation::toString)
        .containsExactly(
            "offboarding_info.actual_offboarding_date: 必填",
            "onboarding_info.actual_onboarding_date: 必填");
  }

  @Test
  void bothEntryPointsGiveTheSameVerdict() {
    String sameDay =
        "{\"operation\":\"offboard\",\"onboarding_info\":{\"actual_onboarding_date\":"
            + "\"2022-03-02\"},\"offboarding_info\":{\"actual_offboarding_date\":\"2022-03-02\","
            + "\"notes\":\"主动离职\"}}";
    assertThat(
            rules.validateModel(
                Intern.OPERATION,
                Intern.offer(ID),
                offboard("2022-03-02", "2022-03-02"),
                Locale.CHINA))
        .isEqualTo(rules.validateJson(Intern.OPERATION, Intern.offer(ID), sameDay, Locale.CHINA));
    assertThat(
            rules.validateModel(
                Intern.OPERATION,
                Intern.offer("a/b"),
                new InternOfferStatusRequest().operation(Operation.CONFIRM_ONBOARDING)))
        .isEqualTo(
            rules.validateJson(
                Intern.OPERATION, Intern.offer("a/b"), "{\"operation\":\"confirm_onboarding\"}"));
  }

  @Test
  void validationIsThreadSafe() throws Exception {
    List<List<Violation>> expected =
        List.of(
            rules.validateModel(
                Intern.OPERATION, Intern.offer(ID), offboard("2022-03-02", "2022-03-01")),
            rules.validateModel(
                Intern.OPERATION, Intern.offer(ID), offboard("2022-03-02", "2022-03-02")));
    assertThat(expected.get(0)).isNotEqualTo(expected.get(1));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    int variant = (i + seed) % 2;
                    InternOfferStatusRequest request =
                        offboard(
                            LocalDate.of(2022, 3, 2).toString(),
                            LocalDate.of(2022, 3, 1 + variant).toString());
                    List<Violation> got =
                        rules.validateModel(Intern.OPERATION, Intern.offer(ID), request);
                    if (!got.equals(expected.get(variant))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
