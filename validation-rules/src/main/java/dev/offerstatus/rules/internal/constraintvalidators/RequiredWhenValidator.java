package dev.offerstatus.rules.internal.constraintvalidators;

import dev.offerstatus.rules.constraints.RequiredWhen;
import dev.offerstatus.spec.RequiredWhenRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link RequiredWhen}: the spec's {@code required-when} rules of the bean's schema, on any
 * bean.
 */
public final class RequiredWhenValidator implements ConstraintValidator<RequiredWhen, Object> {
  private String schema;

  @Override
  public void initialize(RequiredWhen annotation) {
    schema = annotation.schema();
  }

  @Override
  public boolean isValid(Object bean, ConstraintValidatorContext context) {
    return bean == null || RuleReports.check(RequiredWhenRule.class, schema, bean, context);
  }
}
