package dev.offerstatus.rules.constraints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A Jakarta Validator built the way any user would (no payload, no JSON node names), with English
 * messages: the constraints must work there too, reading the classpath spec.
 */
final class PlainValidator {
  static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(
              new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
          .buildValidatorFactory()
          .getValidator();

  private PlainValidator() {}

  /** Validates and returns {@code "path: message"} lines, sorted. */
  static List<String> lines(Object bean) {
    return VALIDATOR.validate(bean).stream()
        .sorted(
            Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .toList();
  }
}
