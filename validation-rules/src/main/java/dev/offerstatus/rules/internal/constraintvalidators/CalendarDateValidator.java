package dev.offerstatus.rules.internal.constraintvalidators;

import dev.offerstatus.rules.constraints.CalendarDate;
import dev.offerstatus.rules.internal.CalendarDates;
import dev.offerstatus.rules.internal.Messages;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CalendarDate} on text: exactly {@code YYYY-MM-DD}, a real calendar date. */
public final class CalendarDateValidator
    implements ConstraintValidator<CalendarDate, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null || CalendarDates.isValid(value.toString())) {
      return true;
    }
    RuleReports.describe(value.toString(), "date-format", Messages.DATE_FORMAT, context);
    return false;
  }
}
