package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.payloads.PayloadCheck;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates a directory of request payload fixtures against the spec's schemas and rules, each by
 * its operation. A fixture ({@code *.http} or {@code *.json}, subdirectories included) is an HTTP
 * request (request line, headers, blank line, JSON body) routed by its method and path, or {@code
 * {"operationId": "...", "offer_id": "...", "body": {...}}}; every violation is one line naming the
 * file and the path, and any violation fails the build.
 */
@Mojo(name = "validate-payloads", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public final class ValidatePayloadsMojo extends AbstractCheckMojo {
  /** The directory of payload files. */
  @Parameter(
      property = "offerStatus.payloads",
      defaultValue = "${project.basedir}/src/test/resources/offer-status-payloads",
      required = true)
  File payloads;

  /**
   * The operationId of the {@code .json} fixtures that name none; without it such a fixture is
   * judged by the spec's only operation with a request body, and is a finding when there are more.
   */
  @Parameter(property = "offerStatus.operation")
  String operation;

  /** The language of rule messages: {@code en} or {@code zh-CN}. */
  @Parameter(property = "offerStatus.locale", defaultValue = "en")
  String locale;

  /** Skip this goal. */
  @Parameter(property = "offerStatus.validatePayloads.skip", defaultValue = "false")
  boolean skip;

  @Override
  String checkName() {
    return PayloadCheck.NAME;
  }

  @Override
  boolean skipped() {
    return skip;
  }

  @Override
  CheckReport check() {
    return PayloadCheck.run(
        new PayloadCheck.Config(
            spec.toPath(), payloads.toPath(), base(), locale(locale), operation));
  }
}
