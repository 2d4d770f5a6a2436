package dev.offerstatus.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CalendarDate}'s validators for text and for {@code LocalDate}. */
class CalendarDateValidatorTest {
  static final class Text {
    @CalendarDate String date;
  }

  static final class Date {
    @CalendarDate LocalDate date;
  }

  private static boolean valid(String date) {
    return PlainValidator.VALIDATOR.validateValue(Text.class, "date", date).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-02-30",
        "2023-02-29",
        "1900-02-29",
        "2022-1-1",
        "2022/01/01",
        "2022-01-01T00:00:00Z",
        " 2022-01-01",
        "２０２２-０１-０１",
        "٢٠٢٢-٠١-٠١",
        "2022-01-32",
        "2022-00-01",
        "+202-01-01",
        "-2022-01-01",
        "2022-01-1 ",
        ""
      })
  void textThatIsNotARealYyyyMmDdDateIsInvalid(String date) {
    assertThat(valid(date)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "2000-02-29", "2023-02-28", "2022-12-31", "0000-01-01"})
  void realYyyyMmDdDatesAreValid(String date) {
    assertThat(valid(date)).isTrue();
  }

  @Test
  void nullIsValid() {
    assertThat(valid(null)).isTrue();
  }

  @Test
  void localDatesOutsideFourDigitYearsAreInvalid() {
    assertThat(
            PlainValidator.VALIDATOR.validateValue(Date.class, "date", LocalDate.of(10000, 1, 1)))
        .hasSize(1);
    assertThat(PlainValidator.VALIDATOR.validateValue(Date.class, "date", LocalDate.of(-1, 1, 1)))
        .hasSize(1);
    assertThat(
            PlainValidator.VALIDATOR.validateValue(Date.class, "date", LocalDate.of(9999, 12, 31)))
        .isEmpty();
  }
}
