package dev.offerstatus.cli.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command writes: stdout for results, stderr for problems, colour only on a terminal. */
public final class Console {
  public static final ObjectMapper JSON = json();

  /**
   * JSON for the CLI's own use, never printed (a request body handed to the rules): without the
   * terminal escapes, which cost time on every row of a batch.
   */
  public static final ObjectWriter INTERNAL_JSON = new ObjectMapper().writer();

  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String RESET = "\u001b[0m";

  final PrintWriter out;
  public final PrintWriter err;
  public final CliMessages messages;
  public final boolean json;
  public final boolean terminal;

  private Console(
      PrintWriter out, PrintWriter err, CliMessages messages, boolean json, boolean terminal) {
    this.out = out;
    this.err = err;
    this.messages = messages;
    this.json = json;
    this.terminal = terminal;
  }

  public static Console of(CommandSpec spec, OutputOptions options) {
    boolean terminal =
        System.console() != null
            && System.getenv("NO_COLOR") == null
            && !"dumb".equals(System.getenv("TERM"));
    return new Console(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        options.messages(),
        options.json,
        terminal);
  }

  /*
   * Every human line is printed through UnicodeText.printable: what a server answered or a file
   * held cannot move the cursor, colour the terminal, reorder the line or start a line of its own;
   * --json output is escaped by the JSON writer.
   */

  /** A console on the given writers (tests, and commands that print elsewhere). */
  public static Console of(
      PrintWriter out, PrintWriter err, CliMessages messages, boolean json, boolean terminal) {
    return new Console(out, err, messages, json, terminal);
  }

  /** A success line on stdout. */
  public void ok(String line) {
    out.println(paint(GREEN, UnicodeText.printable(line)));
    out.flush();
  }

  /** A result line on stdout, uncoloured. */
  public void info(String line) {
    out.println(UnicodeText.printable(line));
    out.flush();
  }

  /** A result line on stdout of tab-separated cells; a tab inside a cell is escaped too. */
  public void cells(String... cells) {
    StringBuilder line = new StringBuilder();
    for (String cell : cells) {
      if (line.length() > 0) {
        line.append('\t');
      }
      line.append(UnicodeText.printable(cell));
    }
    out.println(line);
    out.flush();
  }

  /** A problem line on stderr. */
  public void error(String line) {
    err.println(paint(RED, UnicodeText.printable(line)));
    err.flush();
  }

  /** A notice on stderr (what the CLI is doing), never mixed into stdout. */
  public void notice(String line) {
    err.println(paint(YELLOW, UnicodeText.printable(line)));
    err.flush();
  }

  /** One JSON document on stdout. */
  public void printJson(Object document) {
    out.println(toJson(document));
    out.flush();
  }

  /**
   * {@code document} as JSON text; half a surrogate pair in a string is written as its escape (the
   * JSON writer leaves it raw, and UTF-8 output would make it a "?").
   */
  public static String toJson(Object document) {
    try {
      return UnicodeText.surrogatesEscaped(JSON.writeValueAsString(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write JSON output: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectMapper json() {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    mapper.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
    return mapper;
  }

  /**
   * JSON escapes for what the JSON writer leaves as it is but a terminal acts on: DEL, the C1
   * controls, the line separators and the bidirectional formatting characters.
   */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch > 0x7F && UnicodeText.isUnsafe((char) ch)
          ? new SerializedString(UnicodeText.escape((char) ch))
          : null;
    }
  }

  private String paint(String colour, String text) {
    return terminal ? colour + text + RESET : text;
  }
}
