package dev.offerstatus.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command writes: stdout for results, stderr for problems, colour only on a terminal. */
final class Console {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String RESET = "\u001b[0m";

  final PrintWriter out;
  final PrintWriter err;
  final Messages messages;
  final boolean json;
  final boolean terminal;

  private Console(
      PrintWriter out, PrintWriter err, Messages messages, boolean json, boolean terminal) {
    this.out = out;
    this.err = err;
    this.messages = messages;
    this.json = json;
    this.terminal = terminal;
  }

  static Console of(CommandSpec spec, OutputOptions options) {
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

  /** A success line on stdout. */
  void ok(String line) {
    out.println(paint(GREEN, line));
    out.flush();
  }

  /** A result line on stdout, uncoloured. */
  void info(String line) {
    out.println(line);
    out.flush();
  }

  /** A problem line on stderr. */
  void error(String line) {
    err.println(paint(RED, line));
    err.flush();
  }

  /** A notice on stderr (what the CLI is doing), never mixed into stdout. */
  void notice(String line) {
    err.println(paint(YELLOW, line));
    err.flush();
  }

  /** One JSON document on stdout. */
  void printJson(Object document) {
    out.println(toJson(document));
    out.flush();
  }

  static String toJson(Object document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write JSON output: " + e.getOriginalMessage(), e);
    }
  }

  private String paint(String colour, String text) {
    return terminal ? colour + text + RESET : text;
  }
}
