package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI's packages import downwards only (commands, then the batch engine, then the request
 * model, then the console), so the engine never reaches back into a command and a reader finds each
 * part in one place. Read from the sources: a reference by import or by full name counts.
 */
class PackageLayersTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/offerstatus/cli").toAbsolutePath();

  /** Each package and the CLI packages it may use besides itself. */
  private static final Map<String, Set<String>> MAY_USE =
      Map.of(
          "cli", Set.of("batch", "request", "console"),
          "batch", Set.of("request", "console"),
          "request", Set.of("console"),
          "console", Set.of());

  /**
   * {@code dev.offerstatus.cli.X} or {@code dev.offerstatus.cli.pkg.X}, X a type: group 1 is pkg.
   */
  private static final Pattern REFERENCE =
      Pattern.compile("dev\\.offerstatus\\.cli\\.(?:([a-z]\\w*)\\.)?[A-Z]\\w*");

  @Test
  void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
    assertThat(MAY_USE.keySet()).as("the packages under " + SOURCES).isEqualTo(packages());
    List<String> upward = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String from = packageOf(file);
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          String to = m.group(1) == null ? "cli" : m.group(1);
          if (!to.equals(from) && !MAY_USE.get(from).contains(to)) {
            upward.add(SOURCES.relativize(file) + " uses " + m.group());
          }
        }
      }
    }
    assertThat(upward).as("references against the package layers").isEmpty();
  }

  private static String packageOf(Path file) {
    Path relative = SOURCES.relativize(file);
    return relative.getNameCount() == 1 ? "cli" : relative.getName(0).toString();
  }

  private static Set<String> packages() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(PackageLayersTest::packageOf)
          .collect(Collectors.toSet());
    }
  }
}
