package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.compat.CompatCheck;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Compares the OpenAPI spec with a previous version (a file, or a released spec jar by its Maven
 * coordinates) using openapi-diff, fails on backward-incompatible changes unless they are allowed,
 * and writes {@code compat.md} and {@code compat.html} change reports.
 */
@Mojo(name = "check-compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckCompatMojo extends AbstractCheckMojo {
  private final RepositorySystem repositories;

  /** The previous spec as a file; ignored when {@code previousArtifact} is set. */
  @Parameter(
      property = "offerStatus.previousSpec",
      defaultValue = "${project.basedir}/src/main/openapi/previous/openapi.yaml")
  File previousSpec;

  /**
   * The previous spec as a released jar, {@code groupId:artifactId:version} (or {@code
   * groupId:artifactId:extension:version}); empty to use {@code previousSpec}.
   */
  @Parameter(property = "offerStatus.previousArtifact", defaultValue = "")
  String previousArtifact;

  /** Where the spec is inside the previous artifact. */
  @Parameter(
      property = "offerStatus.previousArtifactPath",
      defaultValue = "META-INF/offer-status-kit/openapi.yaml")
  String previousArtifactPath;

  /** Report backward-incompatible changes as warnings instead of failing. */
  @Parameter(property = "offerStatus.allowBreakingChanges", defaultValue = "false")
  boolean allowBreakingChanges;

  /** Skip this goal. */
  @Parameter(property = "offerStatus.checkCompat.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Inject
  CheckCompatMojo(RepositorySystem repositories) {
    this.repositories = repositories;
  }

  @Override
  String checkName() {
    return CompatCheck.NAME;
  }

  @Override
  boolean skipped() {
    return skip;
  }

  @Override
  boolean failOnFindings() {
    return !allowBreakingChanges;
  }

  @Override
  CheckReport check() throws MojoFailureException {
    String previous;
    String previousName;
    if (previousArtifact != null && !previousArtifact.isBlank()) {
      previousName = previousArtifact.strip();
      previous = CompatCheck.readFromJar(resolve(previousName), previousArtifactPath, previousName);
    } else {
      Path file = previousSpec.toPath();
      previousName = display(file);
      if (!Files.isRegularFile(file)) {
        throw new CheckInputException(
            "previous spec file "
                + previousName
                + " does not exist (set previousSpec or previousArtifact)");
      }
      previous = SpecDocument.readText(file, previousName, "previous spec");
    }
    Path current = spec.toPath();
    String currentName = display(current);
    CompatCheck.Result result =
        CompatCheck.compare(
            previous,
            previousName,
            SpecDocument.readText(current, currentName, "spec"),
            currentName,
            outputDirectory.toPath());
    getLog()
        .info(
            "check-compat: change reports "
                + display(result.markdown())
                + " and "
                + display(result.html()));
    return result.report();
  }

  private Path resolve(String coordinates) {
    DefaultArtifact artifact;
    try {
      artifact = new DefaultArtifact(coordinates);
    } catch (IllegalArgumentException e) {
      throw new CheckInputException(
          "previousArtifact \"" + coordinates + "\" is not groupId:artifactId:version", e);
    }
    ArtifactRequest request =
        new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null);
    try {
      return repositories
          .resolveArtifact(session.getRepositorySession(), request)
          .getArtifact()
          .getFile()
          .toPath();
    } catch (ArtifactResolutionException e) {
      throw new CheckInputException(
          "cannot resolve previousArtifact " + coordinates + ": " + e.getMessage(), e);
    }
  }
}
