package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.sdk.SdkArtifact;
import dev.offerstatus.checks.sdk.SdkCheck;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares each operation of the spec with Feishu's official Java SDK ({@code
 * com.larksuite.oapi:oapi-sdk}): path and query parameters, request and response fields at any
 * depth, their JSON types and, where the SDK states them, enum values. The SDK jar is read offline
 * from the local Maven repository (a version it does not hold is an error naming the coordinates
 * and the path). Differences are warnings unless {@code failOnDifference} is set.
 */
@Mojo(name = "check-sdk", threadSafe = true)
public final class CheckSdkMojo extends AbstractCheckMojo {
  /**
   * The SDK version: unset, the version the toolkit pins; {@code newest}, the highest version the
   * local repository holds.
   */
  @Parameter(property = "offerStatus.sdkVersion")
  String sdkVersion;

  /** The local Maven repository the SDK jar is read from. */
  @Parameter(property = "offerStatus.sdkRepository", defaultValue = "${settings.localRepository}")
  File sdkRepository;

  /**
   * Read-only local repositories behind it (Maven 3.9's {@code maven.repo.local.tail},
   * comma-separated), looked in after {@code sdkRepository}.
   */
  @Parameter(defaultValue = "${maven.repo.local.tail}", readonly = true)
  String repositoryTail;

  /** Fail the build on a difference; by default differences are warnings. */
  @Parameter(property = "offerStatus.sdk.failOnDifference", defaultValue = "false")
  boolean failOnDifference;

  /** Skip this goal. */
  @Parameter(property = "offerStatus.checkSdk.skip", defaultValue = "false")
  boolean skip;

  @Override
  String checkName() {
    return SdkCheck.NAME;
  }

  @Override
  boolean skipped() {
    return skip;
  }

  @Override
  boolean failOnFindings() {
    return failOnDifference;
  }

  @Override
  CheckReport check() {
    List<Path> repositories = new ArrayList<>(List.of(sdkRepository.toPath()));
    if (repositoryTail != null) {
      for (String tail : repositoryTail.split(",")) {
        if (!tail.isBlank()) {
          repositories.add(Path.of(tail.strip()));
        }
      }
    }
    SdkArtifact sdk = SdkArtifact.in(repositories, sdkVersion);
    getLog().info("check-sdk: reading " + sdk + " from " + sdk.jar());
    return SdkCheck.run(new SdkCheck.Config(spec.toPath(), sdk, base()));
  }
}
