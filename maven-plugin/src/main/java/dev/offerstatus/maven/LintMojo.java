package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.lint.LintCheck;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the OpenAPI spec: it parses with no error or warning; every example (request, response,
 * named examples) validates against its schema and the cross-field rules ({@code
 * x-contract-rules}); every operation has an operationId, a description and its error responses.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class LintMojo extends AbstractCheckMojo {
  /** The language of rule messages: {@code en} or {@code zh-CN}. */
  @Parameter(property = "offerStatus.locale", defaultValue = "en")
  String locale;

  /** Skip this goal. */
  @Parameter(property = "offerStatus.lint.skip", defaultValue = "false")
  boolean skip;

  @Override
  String checkName() {
    return LintCheck.NAME;
  }

  @Override
  boolean skipped() {
    return skip;
  }

  @Override
  CheckReport check() {
    return LintCheck.run(new LintCheck.Config(spec.toPath(), base(), locale(locale)));
  }
}
