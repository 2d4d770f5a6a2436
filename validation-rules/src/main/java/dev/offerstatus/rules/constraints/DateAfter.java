package dev.offerstatus.rules.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.offerstatus.rules.internal.constraintvalidators.DateAfterValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The bean satisfies the {@code date-after} rules of its schema's {@code x-contract-rules}: when
 * both dates are present, the rule's field is later than its {@code after} date.
 *
 * <p>The rules are read from the spec, never from this annotation: the schema is the component
 * schema named like the annotated class (a generated model), unless {@link #schema()} names one.
 * The spec is the one shipped in {@code offer-status-spec}, or the one of the {@code
 * OfferStatusRules} whose validator runs. Violations are reported on the rule's field, by its JSON
 * path.
 */
@Documented
@Constraint(validatedBy = DateAfterValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DateAfter {
  /** The message template. */
  String message() default "{dev.offerstatus.rules.constraints.DateAfter.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The component schema whose rules apply; empty means the annotated class's simple name. */
  String schema() default "";
}
