package dev.offerstatus.maven;

import dev.offerstatus.maven.uptodate.Fingerprint;
import dev.offerstatus.maven.uptodate.GuardedSteps;
import dev.offerstatus.maven.uptodate.GuardedSteps.Step;
import dev.offerstatus.maven.uptodate.Stamp;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Skips build steps whose inputs did not change since their last successful run: it fingerprints
 * the inputs (the files named, the module's runtime class path if asked, and each step's plugin and
 * configuration), compares them with the stamp {@code up-to-date-stamp} wrote after that run, and
 * sets each of {@code skipProperties} to {@code true} when they are the same and every output
 * exists, to {@code false} (and removes the stamp) otherwise. A project's own artifacts and any
 * SNAPSHOT count by their content, a released artifact from the local repository by its
 * coordinates. Bind it before the steps, and {@code up-to-date-stamp} after them.
 */
@Mojo(
    name = "up-to-date",
    defaultPhase = LifecyclePhase.INITIALIZE,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public final class UpToDateMojo extends AbstractMojo {
  /** Where {@code up-to-date-stamp} finds the fingerprints to write. */
  static final String PENDING = UpToDateMojo.class.getName() + ".pending";

  /** The ids of the plugin executions this guards (one id may name one execution only). */
  @Parameter(required = true)
  List<String> steps;

  /**
   * The properties that skip the steps ({@code true} when nothing changed), e.g. a goal's {@code
   * skip} property or one its {@code skip} configuration reads. One given on the command line wins
   * and counts as an input, so that a step skipped by hand runs again in the next build.
   */
  @Parameter(required = true)
  List<String> skipProperties;

  /** Files and folders the steps read (a folder: every file below it), inside this module. */
  @Parameter List<File> inputs = List.of();

  /** Whether the module's runtime class path is an input (e.g. of a step that packages it). */
  @Parameter(defaultValue = "false")
  boolean classpath;

  /** Files or folders the steps make: a missing one runs them. */
  @Parameter List<File> outputs = List.of();

  /** Where the stamps are kept, one per execution of this goal, named by its id. */
  @Parameter(defaultValue = "${project.build.directory}/stamps", required = true)
  File stampDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException {
    String id = mojoExecution.getExecutionId();
    String name = id.equals("up-to-date") ? "up-to-date" : "up-to-date (" + id + ")";
    List<Step> guarded;
    try {
      guarded = GuardedSteps.find(project.getBuildPlugins(), steps);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(name + ": " + e.getMessage(), e);
    }
    Fingerprint fingerprint;
    try {
      fingerprint = fingerprint(name, guarded);
    } catch (IOException e) {
      throw new MojoExecutionException(name + ": cannot read an input: " + e, e);
    }
    Stamp stamp = new Stamp(stampDirectory.toPath().resolve(id), project.getBasedir().toPath());
    Stamp.Decision decision =
        stamp.decide(fingerprint, outputs.stream().map(File::toPath).toList());
    for (String property : skipProperties) {
      project.getProperties().setProperty(property, Boolean.toString(decision.skip()));
    }
    if (decision.skip()) {
      getLog()
          .info(
              name
                  + ": "
                  + String.join(", ", steps)
                  + " skipped: inputs unchanged since the last run");
      return;
    }
    getLog()
        .info(
            name
                + ": "
                + String.join(", ", steps)
                + " run: "
                + String.join("; ", decision.reasons()));
    try {
      stamp.remove();
    } catch (IOException e) {
      throw new MojoExecutionException(
          name + ": cannot remove the stamp " + display(stamp.file()) + ": " + e, e);
    }
    pending(getPluginContext()).put(stamp.file(), fingerprint);
  }

  private Fingerprint fingerprint(String name, List<Step> guarded)
      throws IOException, MojoExecutionException {
    Fingerprint fingerprint = new Fingerprint();
    for (File input : inputs) {
      fingerprint.file("file " + display(input.toPath()), input.toPath());
    }
    if (classpath) {
      for (Artifact artifact : project.getArtifacts()) {
        if (Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME).contains(artifact.getScope())) {
          artifact(fingerprint, "classpath ", artifact);
        }
      }
    }
    for (Step step : guarded) {
      fingerprint.value("step " + step.id(), step.description());
      if (step.plugin().getKey().equals(plugin.getPluginLookupKey())) {
        for (Artifact artifact : pluginArtifacts()) {
          artifact(fingerprint, "step " + step.id() + " plugin class path ", artifact);
        }
      } else if (step.plugin().getVersion() == null
          || step.plugin().getVersion().endsWith("SNAPSHOT")) {
        throw new MojoExecutionException(
            name
                + ": step \""
                + step.id()
                + "\" runs "
                + step.pluginCoordinates()
                + ", whose content this goal cannot see: guard only steps of released plugins or of "
                + plugin.getPluginLookupKey());
      }
    }
    for (String property : skipProperties) {
      String given = session.getUserProperties().getProperty(property);
      if (given != null) {
        fingerprint.value("command line " + property, given);
      }
    }
    return fingerprint;
  }

  private List<Artifact> pluginArtifacts() {
    Map<String, Artifact> artifacts = new LinkedHashMap<>();
    artifacts.put(plugin.getPluginArtifact().getId(), plugin.getPluginArtifact());
    plugin.getArtifacts().forEach(a -> artifacts.putIfAbsent(a.getId(), a));
    return new ArrayList<>(artifacts.values());
  }

  /**
   * A released artifact from the local repository by its coordinates (which name its content); this
   * project's own artifacts, any SNAPSHOT and anything else by content.
   */
  private void artifact(Fingerprint fingerprint, String prefix, Artifact artifact)
      throws IOException {
    String key = prefix + artifact.getDependencyConflictId() + ":" + artifact.getBaseVersion();
    File file = artifact.getFile();
    if (file == null) {
      fingerprint.value(key, "unresolved");
    } else if (!artifact.isSnapshot() && inLocalRepository(file.toPath())) {
      fingerprint.value(key, "released " + artifact.getVersion());
    } else {
      fingerprint.whole(key, file.toPath());
    }
  }

  private boolean inLocalRepository(Path file) {
    Path repository = session.getRepositorySession().getLocalRepository().getBasedir().toPath();
    return file.toAbsolutePath().normalize().startsWith(repository.toAbsolutePath().normalize());
  }

  private String display(Path file) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return (f.startsWith(base) ? base.relativize(f) : f).toString().replace('\\', '/');
  }

  @SuppressWarnings("unchecked")
  static Map<Path, Fingerprint> pending(Map<?, ?> pluginContext) {
    return (Map<Path, Fingerprint>)
        ((Map<Object, Object>) pluginContext).computeIfAbsent(PENDING, k -> new LinkedHashMap<>());
  }
}
