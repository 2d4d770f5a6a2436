package dev.offerstatus.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page as its snippet tests read it: a fenced code block is found by the heading or
 * marker comment ({@code <!-- snippet: name -->}) above it, so that a test can compare it with the
 * code, file or output it documents. Every lookup that finds nothing fails the test, naming the
 * page and what was looked for.
 */
public final class Readme {
  /** An opening or closing fence line, indented or not; group 1 is its info string. */
  private static final Pattern FENCE = Pattern.compile("^[ \\t]*```([^\\n]*)$", Pattern.MULTILINE);

  private final Path path;
  private final String text;

  private Readme(Path path, String text) {
    this.path = path;
    this.text = text;
  }

  /** The page at {@code path}, read as UTF-8. */
  public static Readme of(Path path) {
    Objects.requireNonNull(path, "path == null");
    try {
      return new Readme(path, Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the page " + path + ": " + e.getMessage(), e);
    }
  }

  /** The README.md of the module under test (Surefire and Failsafe run in the module's folder). */
  public static Readme ofThisModule() {
    return of(Path.of("README.md"));
  }

  /** The whole page. */
  public String text() {
    return text;
  }

  /** The body of the first fenced block after {@code anchor}, whatever its language. */
  public String block(String anchor) {
    return find(anchor, null);
  }

  /**
   * The body of the first fenced block of {@code language} (its info string, e.g. {@code java})
   * after {@code anchor}; blocks of other languages on the way are passed over.
   */
  public String block(String anchor, String language) {
    return find(anchor, Objects.requireNonNull(language, "language == null"));
  }

  /**
   * Asserts that the page shows {@code code}: the page contains it with each run of whitespace
   * (line breaks and indentation included) counted as one space, and leading and trailing
   * whitespace left out.
   */
  public void assertShows(String code) {
    Objects.requireNonNull(code, "code == null");
    if (!oneSpace(text).contains(oneSpace(code).strip())) {
      throw new AssertionError(
          path + " does not show this code (whitespace aside):\n" + code.strip() + "\n");
    }
  }

  /** {@code text} with each run of whitespace replaced by one space. */
  public static String oneSpace(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** {@code text} with all its whitespace removed: for comparing code however it is laid out. */
  public static String withoutWhitespace(String text) {
    return text.replaceAll("\\s+", "");
  }

  private String find(String anchor, String language) {
    Objects.requireNonNull(anchor, "anchor == null");
    int at = text.indexOf(anchor);
    if (at < 0) {
      throw new AssertionError(path + " has no \"" + anchor + "\" to find a code block by.");
    }
    Matcher fence = FENCE.matcher(text);
    fence.region(at, text.length());
    while (fence.find()) {
      boolean wanted = language == null || fence.group(1).strip().equals(language);
      int start = Math.min(fence.end() + 1, text.length());
      if (!fence.find()) {
        break;
      }
      if (wanted) {
        return text.substring(start, fence.start());
      }
    }
    throw new AssertionError(
        path
            + " has no closed "
            + (language == null ? "fenced code block" : "```" + language + " block")
            + " after \""
            + anchor
            + "\".");
  }
}
