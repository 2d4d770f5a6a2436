package dev.offerstatus.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast date check accepts exactly what java.time's strict {@code uuuu-MM-dd} accepts. */
class CalendarDatesTest {
  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static LocalDate strict(String text) {
    try {
      return LocalDate.parse(text, STRICT);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void agreesWithTheStrictFormatterOnEveryDayAndMonthOfSampleYears() {
    int checked = 0;
    for (int year : new int[] {0, 1, 4, 100, 400, 1582, 1900, 1999, 2000, 2023, 2024, 2100, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          assertThat(CalendarDates.parse(text)).as(text).isEqualTo(strict(text));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(13 * 14 * 33);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-1-01",
        "2022-01-1 ",
        "+2022-01-0",
        "2022_01_01",
        "２０２２-０１-０１",
        "-022-01-01",
        "2022-0a-01",
        "20220-1-01"
      })
  void rejectsTenCharacterTextsThatAreNotFourTwoTwoAsciiDigits(String text) {
    assertThat(CalendarDates.parse(text)).isNull();
  }

  @Test
  void rejectsOtherLengthsAndNull() {
    assertThat(CalendarDates.parse(null)).isNull();
    assertThat(CalendarDates.parse("+10000-01-01")).isNull();
    assertThat(CalendarDates.parse("2022-01-01T00:00:00Z")).isNull();
  }

  @Test
  void writableDatesHaveFourDigitYears() {
    assertThat(CalendarDates.isWritable(LocalDate.of(0, 1, 1))).isTrue();
    assertThat(CalendarDates.isWritable(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(CalendarDates.isWritable(LocalDate.of(10000, 1, 1))).isFalse();
    assertThat(CalendarDates.isWritable(LocalDate.of(-1, 12, 31))).isFalse();
  }
}
