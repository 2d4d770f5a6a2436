package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.DocCheck;
import java.io.File;
import java.util.Arrays;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares upstream Feishu doc pages (Markdown snapshots) with the OpenAPI spec and fails on any
 * difference: method and path, path parameters, required headers, request and response fields
 * (type, required, nesting, enum values and descriptions, formats, examples), the 注意 rules, error
 * codes, rate limit and permission scopes. Each page is matched to the operation with its method
 * and path. Every difference is one line: doc file and line, the spec's JSON pointer, the change.
 */
@Mojo(name = "check-doc", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckDocMojo extends AbstractCheckMojo {
  /** Doc pages ({@code .md}) or directories of them; comma-separated on the command line. */
  @Parameter(
      property = "offerStatus.docs",
      defaultValue = "${project.basedir}/src/main/openapi/upstream",
      required = true)
  File[] docs;

  /** Fail the build on a difference; {@code false} reports differences as warnings. */
  @Parameter(property = "offerStatus.failOnDrift", defaultValue = "true")
  boolean failOnDrift;

  /** Skip this goal. */
  @Parameter(property = "offerStatus.checkDoc.skip", defaultValue = "false")
  boolean skip;

  @Override
  String checkName() {
    return DocCheck.NAME;
  }

  @Override
  boolean skipped() {
    return skip;
  }

  @Override
  boolean failOnFindings() {
    return failOnDrift;
  }

  @Override
  CheckReport check() {
    return DocCheck.run(
        new DocCheck.Config(spec.toPath(), Arrays.stream(docs).map(File::toPath).toList(), base()));
  }
}
