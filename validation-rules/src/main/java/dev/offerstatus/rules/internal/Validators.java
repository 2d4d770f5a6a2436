package dev.offerstatus.rules.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one Hibernate Validator factory of this module, built once: JSON names in property paths,
 * messages interpolated without an EL implementation.
 */
public final class Validators {
  private Validators() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .propertyNodeNameProvider(new JsonPropertyNodeNameProvider())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
  }

  /** The shared factory. */
  public static ValidatorFactory factory() {
    return Holder.FACTORY;
  }

  /**
   * A validator whose rule constraints read that contract (instead of the classpath spec); the
   * messages {@link ModelChecker} renders itself in the caller's locale stay templates.
   */
  public static Validator forContract(Contract contract) {
    return factory()
        .unwrap(HibernateValidatorFactory.class)
        .usingContext()
        .constraintValidatorPayload(contract)
        .messageInterpolator(new DeferredMessages(factory().getMessageInterpolator()))
        .getValidator();
  }
}
