package dev.offerstatus.rules.internal.constraintvalidators;

import dev.offerstatus.rules.constraints.DateAfter;
import dev.offerstatus.spec.DateAfterRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link DateAfter}: the spec's {@code date-after} rules of the bean's schema, on any bean.
 */
public final class DateAfterValidator implements ConstraintValidator<DateAfter, Object> {
  private String schema;

  @Override
  public void initialize(DateAfter annotation) {
    schema = annotation.schema();
  }

  @Override
  public boolean isValid(Object bean, ConstraintValidatorContext context) {
    return bean == null || RuleReports.check(DateAfterRule.class, schema, bean, context);
  }
}
