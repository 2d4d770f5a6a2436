package dev.offerstatus.rules.internal.constraintvalidators;

import dev.offerstatus.rules.constraints.CalendarDate;
import dev.offerstatus.rules.internal.CalendarDates;
import dev.offerstatus.rules.internal.Messages;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link CalendarDate} on a {@code LocalDate}: it serializes as {@code YYYY-MM-DD}. */
public final class CalendarDateValidatorForLocalDate
    implements ConstraintValidator<CalendarDate, LocalDate> {
  @Override
  public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
    if (value == null || CalendarDates.isWritable(value)) {
      return true;
    }
    RuleReports.describe(value.toString(), "date-format", Messages.DATE_FORMAT, context);
    return false;
  }
}
