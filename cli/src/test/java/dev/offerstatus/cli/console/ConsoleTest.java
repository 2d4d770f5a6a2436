package dev.offerstatus.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a server or a file holds cannot drive the terminal. */
class ConsoleTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Console console =
      Console.of(
          new PrintWriter(out),
          new PrintWriter(err),
          CliMessages.forLocale(Locale.ENGLISH),
          false,
          true);

  @Test
  void escapeSequencesLineBreaksAndDirectionOverridesAreShownEscaped() {
    console.info("id \u001b[31mred\u001b[0m\nline 2: ok\r\u202Etxt.exe\u2028\u0085\u007f\u009b");

    assertThat(out.toString())
        .isEqualTo(
            "id \\u001b[31mred\\u001b[0m\\nline 2: ok\\r\\u202etxt.exe\\u2028\\u0085\\u007f\\u009b"
                + System.lineSeparator());
  }

  @Test
  void colouredLinesEscapeTheTextButKeepTheirOwnColour() {
    console.error("bad \u001b]0;title\u0007");

    assertThat(err.toString())
        .isEqualTo("\u001b[31mbad \\u001b]0;title\\u0007\u001b[0m" + System.lineSeparator());
  }

  @Test
  void cellsAreSeparatedByTabsAndATabInACellIsEscaped() {
    console.cells("a\tb", "\u4e2d\u6587 \uD83D\uDE00", "12\uD800");

    assertThat(out.toString())
        .isEqualTo("a\\tb\t\u4e2d\u6587 \uD83D\uDE00\t12\\ud800" + System.lineSeparator());
  }

  @Test
  void jsonOutputEscapesWhatTheJsonWriterWouldLeaveForTheTerminal() {
    assertThat(Console.toJson(Map.of("v", "\u001b\u007f\u009b\u202e\u2028\u4e2d")))
        .isEqualTo("{\"v\":\"\\u001B\\u007F\\u009b\\u202e\\u2028\u4e2d\"}");
    // half a surrogate pair: an escape, not a "?" from the UTF-8 output
    assertThat(Console.toJson(Map.of("v", "12\uD800 \uD83D\uDE00")))
        .isEqualTo("{\"v\":\"12\\ud800 \uD83D\uDE00\"}");
  }
}
