package dev.offerstatus.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.testsupport.Readme;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's validation-rules snippet compiles, runs, and prints what the README says. */
class ReadmeSnippetTest {
  private static final Readme README = Readme.of(Path.of("..", "validation-rules", "README.md"));

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void rulesUsageSnippetPrintsTheDocumentedOutput(@TempDir Path dir) throws Exception {
    String source =
        "import dev.offerstatus.rules.*;\n"
            + "import dev.offerstatus.sdk.model.*;\n"
            + "import dev.offerstatus.sdk.operations.*;\n"
            + "import java.time.LocalDate;\n"
            + "import java.util.*;\n"
            + "public class RulesUsage {\n  public static void run() {\n"
            + README.block("<!-- snippet: rules-usage")
            + "  }\n}\n";
    Path file = dir.resolve("RulesUsage.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    String classpath =
        Stream.of(
                OfferStatusRules.class,
                InternOfferStatusRequest.class,
                JsonProperty.class,
                NotNull.class)
            .map(
                type -> {
                  try {
                    return location(type);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .collect(Collectors.joining(java.io.File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-proc:none",
            "-encoding",
            "UTF-8",
            "-classpath",
            classpath,
            "-d",
            dir.toString(),
            file.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("RulesUsage").getMethod("run").invoke(null);
    } finally {
      System.setOut(original);
    }
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(printed).isEqualTo(README.block("<!-- output: rules-usage -->").lines().toList());
  }
}
