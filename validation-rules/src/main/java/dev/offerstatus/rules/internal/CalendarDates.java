package dev.offerstatus.rules.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * The contract's date format: exactly {@code YYYY-MM-DD}, ASCII digits, a real calendar date.
 *
 * <p>Accepts exactly what {@code DateTimeFormatter.ofPattern("uuuu-MM-dd")} with {@code
 * ResolverStyle.STRICT} accepts among four-digit years (a test checks the two agree), without the
 * formatter's cost: the hot path of every date rule.
 */
public final class CalendarDates {
  private CalendarDates() {}

  /** Returns the date, or null when the text is not exactly a real {@code YYYY-MM-DD} date. */
  public static LocalDate parse(String text) {
    if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number written in ASCII digits from {@code start} to {@code end}, or -1. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
