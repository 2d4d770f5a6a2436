package dev.offerstatus.sdk;

import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.rules.constraints.DateAfter;
import dev.offerstatus.rules.constraints.RequiredWhen;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.Operation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The generated models carry the rules' constraints (the generator adds them from the POM). */
class GeneratedModelRulesTest {
  private static final String ID = "7016605170635213100";
  private static final OfferStatusRules RULES = OfferStatusRules.fromClasspath();
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private static InternOfferStatusRequest offboard(String onboarding, String offboarding) {
    return new InternOfferStatusRequest()
        .operation(Operation.OFFBOARD)
        .onboardingInfo(
            new InternOfferOnboardingInfo().actualOnboardingDate(LocalDate.parse(onboarding)))
        .offboardingInfo(
            new InternOfferOffboardingInfo()
                .actualOffboardingDate(LocalDate.parse(offboarding))
                .notes("主动离职"));
  }

  @Test
  void everyGeneratedModelCarriesTheRuleConstraints() {
    for (Class<?> model :
        List.of(
            InternOfferStatusRequest.class,
            InternOfferOnboardingInfo.class,
            InternOfferOffboardingInfo.class)) {
      assertThat(model.getAnnotation(RequiredWhen.class)).as(model.getSimpleName()).isNotNull();
      assertThat(model.getAnnotation(DateAfter.class)).as(model.getSimpleName()).isNotNull();
    }
  }

  @Test
  void confirmOnboardingWithoutOnboardingInfoIsRejectedOnTheJsonPath() {
    assertThat(
            RULES.validateModel(
                INTERN_OFFER_STATUS.operationId(),
                INTERN_OFFER_STATUS.pathValues(ID),
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
  void anyJakartaValidatorEnforcesTheRulesOnTheGeneratedModel() {
    Validator plain =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(
                new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .buildValidatorFactory()
            .getValidator();
    Set<ConstraintViolation<InternOfferStatusRequest>> violations =
        plain.validate(new InternOfferStatusRequest().operation(Operation.OFFBOARD));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "offboarding_info",
                "is required when operation is \"offboard\""
                    + " (rule offboarding-info-required-for-offboard)"));
  }

  @Test
  void offboardOnTheOnboardingDayIsRejectedInChinese() {
    assertThat(
            RULES.validateModel(
                INTERN_OFFER_STATUS.operationId(),
                INTERN_OFFER_STATUS.pathValues(ID),
                offboard("2022-03-02", "2022-03-02"),
                Locale.CHINA))
        .containsExactly(
            new Violation(
                "offboarding_info.actual_offboarding_date",
                "2022-03-02",
                "offboarding-date-after-onboarding-date",
                "必须晚于 onboarding_info.actual_onboarding_date（\"2022-03-02\"），实际为"
                    + " \"2022-03-02\"（规则 offboarding-date-after-onboarding-date）"));
  }

  @Test
  void missingNestedDateUsesTheJsonNames() {
    assertThat(
            RULES.validateModel(
                INTERN_OFFER_STATUS.operationId(),
                INTERN_OFFER_STATUS.pathValues(ID),
                new InternOfferStatusRequest()
                    .operation(Operation.CONFIRM_ONBOARDING)
                    .onboardingInfo(new InternOfferOnboardingInfo())))
        .containsExactly(
            new Violation(
                "onboarding_info.actual_onboarding_date", null, "required", "is required"));
  }

  @Test
  void theDocExampleIsValid() {
    InternOfferStatusRequest doc = offboard("2022-01-01", "2022-03-02");
    doc.setOperation(Operation.CONFIRM_ONBOARDING);
    assertThat(
            RULES.validateModel(
                INTERN_OFFER_STATUS.operationId(), INTERN_OFFER_STATUS.pathValues(ID), doc))
        .isEmpty();
  }

  @Test
  void theModelAndItsJsonGetTheSameVerdict() throws Exception {
    List<InternOfferStatusRequest> requests =
        List.of(
            offboard("2022-03-02", "2022-03-02"),
            offboard("2024-02-28", "2024-02-29"),
            new InternOfferStatusRequest().operation(Operation.CONFIRM_ONBOARDING),
            new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING),
            new InternOfferStatusRequest());
    for (InternOfferStatusRequest request : requests) {
      assertThat(
              RULES.validateModel(
                  INTERN_OFFER_STATUS.operationId(),
                  INTERN_OFFER_STATUS.pathValues("a/b"),
                  request,
                  Locale.CHINA))
          .as(request.toString())
          .isEqualTo(
              RULES.validateJson(
                  INTERN_OFFER_STATUS.operationId(),
                  INTERN_OFFER_STATUS.pathValues("a/b"),
                  MAPPER.writeValueAsString(request),
                  Locale.CHINA));
    }
  }
}
