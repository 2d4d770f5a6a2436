package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.doc.DocCheck;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares upstream Feishu doc pages (Markdown snapshots) with the OpenAPI spec and fails on any
 * difference: method and path, path and query parameters (required, type, enum values, defaults,
 * maximum), required headers, request and response fields (type, required, nesting, enum values and
 * descriptions, formats, examples), the 注意 rules, error codes, rate limit, permission scopes and
 * the scopes single fields or parameter values need (x-field-scopes). The pages are those the spec
 * names in each operation's {@code x-upstream-doc}, unless {@code docs} names others; each page is
 * matched to the operation with its method and path. Every difference is one line: doc file and
 * line, the spec's JSON pointer, the change.
 */
@Mojo(name = "check-doc", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckDocMojo extends AbstractCheckMojo {
  /**
   * Doc pages ({@code .md}) or directories of them; comma-separated on the command line. Unset:
   * every page the spec names, each operation's {@code x-upstream-doc.snapshot} relative to the
   * spec file (with the default layout, {@code src/main/openapi/upstream/*.md}).
   */
  @Parameter(property = "offerStatus.docs")
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
    List<Path> pages = docs == null ? List.of() : Arrays.stream(docs).map(File::toPath).toList();
    return DocCheck.run(new DocCheck.Config(spec.toPath(), pages, base()));
  }
}
