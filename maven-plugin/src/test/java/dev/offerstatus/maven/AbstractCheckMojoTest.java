package dev.offerstatus.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How every goal ends: report lines, the JSON report, failing or warning, bad input. */
class AbstractCheckMojoTest {
  @TempDir Path project;

  private final List<String> lines = new ArrayList<>();

  private final class RecordingLog extends SystemStreamLog {
    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }
  }

  private final class StubMojo extends AbstractCheckMojo {
    private final Supplier<CheckReport> check;
    private final boolean fail;

    StubMojo(Supplier<CheckReport> check, boolean fail) {
      this.check = check;
      this.fail = fail;
      baseDir = project.toFile();
      outputDirectory = project.resolve("target/offer-status").toFile();
      setLog(new RecordingLog());
    }

    @Override
    String checkName() {
      return "check-doc";
    }

    @Override
    CheckReport check() {
      return check.get();
    }

    @Override
    boolean skipped() {
      return false;
    }

    @Override
    boolean failOnFindings() {
      return fail;
    }
  }

  private static CheckReport drift() {
    return new CheckReport(
        "check-doc",
        "1 difference between openapi.yaml and 1 doc page",
        List.of(
            new Finding(
                "doc.md:18", "#/x-rate-limit", "changed rate limit per-minute from 1000 to 2000")));
  }

  @Test
  void findingsAreErrorLinesAndTheBuildFailsWithTheSummary() {
    assertThatThrownBy(() -> new StubMojo(AbstractCheckMojoTest::drift, true).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "check-doc: 1 difference between openapi.yaml and 1 doc page (report:"
                + " target/offer-status/check-doc.json)");
    assertThat(lines)
        .containsExactly(
            "[ERROR] doc.md:18: #/x-rate-limit: changed rate limit per-minute from 1000 to 2000");
    assertThat(project.resolve("target/offer-status/check-doc.json")).exists();
  }

  @Test
  void withoutFailingFindingsAreWarnings() throws Exception {
    new StubMojo(AbstractCheckMojoTest::drift, false).execute();
    assertThat(lines)
        .containsExactly(
            "[WARNING] doc.md:18: #/x-rate-limit: changed rate limit per-minute from 1000 to 2000",
            "[WARNING] check-doc: 1 difference between openapi.yaml and 1 doc page (report:"
                + " target/offer-status/check-doc.json)");
  }

  @Test
  void aCleanReportIsOneInfoLineAndAJsonReport() throws Exception {
    new StubMojo(() -> new CheckReport("check-doc", "0 differences", List.of()), true).execute();
    assertThat(lines)
        .containsExactly(
            "[INFO] check-doc: 0 differences (report: target/offer-status/check-doc.json)");
    assertThat(Files.readString(project.resolve("target/offer-status/check-doc.json")))
        .contains("\"passed\" : true");
  }

  @Test
  void badInputFailsWithItsMessageAndKeepsTheCause() {
    CheckInputException bad = new CheckInputException("spec file openapi.yaml does not exist");
    assertThatThrownBy(
            () ->
                new StubMojo(
                        () -> {
                          throw bad;
                        },
                        true)
                    .execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("check-doc: spec file openapi.yaml does not exist")
        .hasCause(bad);
  }

  @Test
  void anUnexpectedErrorIsAnExecutionExceptionWithItsCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(
            () ->
                new StubMojo(
                        () -> {
                          throw boom;
                        },
                        true)
                    .execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("check-doc failed unexpectedly: java.lang.IllegalStateException: boom")
        .hasCause(boom);
  }
}
