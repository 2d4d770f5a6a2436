package dev.offerstatus.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The source file of a test class, read from the module's {@code src/test/java}: the code between
 * two marker comments is the code a README shows, and the test runs that very code.
 */
public final class TestSource {
  private final Path path;
  private final String text;

  private TestSource(Path path, String text) {
    this.path = path;
    this.text = text;
  }

  /** The source of {@code testClass} (a top-level class of the module under test). */
  public static TestSource of(Class<?> testClass) {
    Objects.requireNonNull(testClass, "testClass == null");
    Path path = Path.of("src", "test", "java", testClass.getName().replace('.', '/') + ".java");
    try {
      return new TestSource(path, Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the source " + path + ": " + e.getMessage(), e);
    }
  }

  /** The text between the end of the {@code start} marker and the {@code end} marker after it. */
  public String between(String start, String end) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    int from = text.indexOf(start);
    if (from < 0) {
      throw new AssertionError(path + " has no marker \"" + start + "\".");
    }
    from += start.length();
    int to = text.indexOf(end, from);
    if (to < 0) {
      throw new AssertionError(path + " has no marker \"" + end + "\" after \"" + start + "\".");
    }
    return text.substring(from, to);
  }
}
