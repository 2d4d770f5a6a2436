package dev.offerstatus.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link CalendarDate} on a bean's properties, with the exact message. */
class CalendarDateConstrainedTest {
  static final class Leave {
    @CalendarDate String from;
    @CalendarDate LocalDate until;

    Leave(String from, LocalDate until) {
      this.from = from;
      this.until = until;
    }
  }

  @Test
  void badTextDateIsReportedWithItsValue() {
    assertThat(PlainValidator.lines(new Leave("2022-02-30", null)))
        .containsExactly(
            "from: must be a real calendar date written YYYY-MM-DD, was \"2022-02-30\"");
  }

  @Test
  void unwritableLocalDateIsReportedWithItsValue() {
    assertThat(PlainValidator.lines(new Leave(null, LocalDate.of(10000, 1, 1))))
        .containsExactly(
            "until: must be a real calendar date written YYYY-MM-DD, was \"+10000-01-01\"");
  }

  @Test
  void theModelEntryPointNamesTheDateFormatRuleAndValue() {
    assertThat(
            OfferStatusRules.fromClasspath()
                .validateBean(new Leave("2022-1-1", null), Locale.SIMPLIFIED_CHINESE))
        .containsExactly(
            new Violation(
                "from", "2022-1-1", "date-format", "必须是格式为 YYYY-MM-DD 的真实日历日期，实际为 \"2022-1-1\""));
  }

  @Test
  void goodDatesPass() {
    assertThat(PlainValidator.lines(new Leave("2024-02-29", LocalDate.of(2024, 2, 29)))).isEmpty();
  }
}
