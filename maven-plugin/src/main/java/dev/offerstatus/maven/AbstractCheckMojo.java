package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the project directory, the spec, the report directory and how findings
 * end.
 */
abstract class AbstractCheckMojo extends AbstractMojo {
  /**
   * Hibernate Validator (in the rules core) announces its version through java.util.logging on
   * stderr, outside Maven's log; held here so that the level sticks.
   */
  private static final Logger VALIDATOR_BANNER =
      Logger.getLogger("org.hibernate.validator.internal.util.Version");

  static {
    VALIDATOR_BANNER.setLevel(Level.WARNING);
  }

  /** The project directory; reports name files relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File baseDir;

  /** The OpenAPI spec the goal checks (every goal reads the same one). */
  @Parameter(
      property = "offerStatus.spec",
      defaultValue = "${project.basedir}/src/main/openapi/openapi.yaml",
      required = true)
  File spec;

  /** Where the goals write their machine-readable JSON reports, one {@code .json} per goal. */
  @Parameter(
      property = "offerStatus.outputDirectory",
      defaultValue = "${project.build.directory}/offer-status",
      required = true)
  File outputDirectory;

  /** The check's name, e.g. {@code check-doc}. */
  abstract String checkName();

  /** Runs the check; bad input is a {@link CheckInputException}. */
  abstract CheckReport check() throws MojoFailureException;

  /** True when the goal is skipped. */
  abstract boolean skipped();

  /** True when findings fail the build (false: they are warnings). */
  boolean failOnFindings() {
    return true;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      getLog().info(checkName() + " skipped");
      return;
    }
    CheckReport report;
    try {
      report = check();
    } catch (CheckInputException e) {
      throw new MojoFailureException(checkName() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(checkName() + " failed unexpectedly: " + e, e);
    }
    Path json = outputDirectory.toPath().resolve(checkName() + ".json");
    try {
      report.writeJson(json);
    } catch (CheckInputException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    boolean fail = failOnFindings();
    for (Finding finding : report.findings()) {
      if (fail) {
        getLog().error(finding.toString());
      } else {
        getLog().warn(finding.toString());
      }
    }
    String summary = checkName() + ": " + report.summary() + " (report: " + display(json) + ")";
    if (report.passed()) {
      getLog().info(summary);
    } else if (fail) {
      throw new MojoFailureException(summary);
    } else {
      getLog().warn(summary);
    }
  }

  Path base() {
    return baseDir.toPath();
  }

  Locale locale(String tag) {
    return Locale.forLanguageTag(tag.replace('_', '-'));
  }

  /** {@code file} relative to the project directory when inside it. */
  String display(Path file) {
    Path b = base().toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return (f.startsWith(b) ? b.relativize(f) : f).toString().replace('\\', '/');
  }
}
