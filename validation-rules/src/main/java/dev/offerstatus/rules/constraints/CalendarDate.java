package dev.offerstatus.rules.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.offerstatus.rules.internal.constraintvalidators.CalendarDateValidator;
import dev.offerstatus.rules.internal.constraintvalidators.CalendarDateValidatorForLocalDate;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is a date of the contract's {@code format: date}: a text written exactly {@code
 * YYYY-MM-DD} in ASCII digits that names a real calendar date, or a {@code LocalDate} that
 * serializes that way (years 0000 to 9999). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {CalendarDateValidator.class, CalendarDateValidatorForLocalDate.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CalendarDate {
  /** The message template. */
  String message() default "{dev.offerstatus.rules.constraints.CalendarDate.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
