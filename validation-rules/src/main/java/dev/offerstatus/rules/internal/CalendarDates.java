package dev.offerstatus.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The contract's date format: exactly {@code YYYY-MM-DD}, ASCII digits, a real calendar date. */
public final class CalendarDates {
  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private CalendarDates() {}

  /** Returns the date, or null when the text is not exactly a real {@code YYYY-MM-DD} date. */
  public static LocalDate parse(String text) {
    if (text == null || text.length() != 10) {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      boolean ok = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
      if (!ok) {
        return null;
      }
    }
    try {
      return LocalDate.parse(text, STRICT);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether the text is exactly a real {@code YYYY-MM-DD} date. */
  public static boolean isValid(String text) {
    return parse(text) != null;
  }

  /** Whether a date is written as exactly {@code YYYY-MM-DD} (years 0000 to 9999). */
  public static boolean isWritable(LocalDate date) {
    return date.getYear() >= 0 && date.getYear() <= 9999;
  }
}
