package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.payloads.PayloadCheck;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates a directory of JSON request payload fixtures against the spec's schema and rules. Each
 * file ({@code *.json}, subdirectories included) is {@code {"offer_id": "...", "body": {...}}};
 * every violation is one line naming the file and the JSON path, and any violation fails the build.
 */
@Mojo(name = "validate-payloads", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public final class ValidatePayloadsMojo extends AbstractCheckMojo {
  /** The directory of payload files. */
  @Parameter(
      property = "offerStatus.payloads",
      defaultValue = "${project.basedir}/src/test/resources/offer-status-payloads",
      required = true)
  File payloads;

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
        new PayloadCheck.Config(spec.toPath(), payloads.toPath(), base(), locale(locale)));
  }
}
