package dev.offerstatus.maven;

import dev.offerstatus.maven.uptodate.Fingerprint;
import dev.offerstatus.maven.uptodate.UpToDate;
import dev.offerstatus.maven.uptodate.UpToDate.ArtifactFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
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
 * exists, to {@code false} (and removes the stamp) otherwise. Bind it before the steps, and {@code
 * up-to-date-stamp} after them.
 */
@Mojo(
    name = "up-to-date",
    defaultPhase = LifecyclePhase.INITIALIZE,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public final class UpToDateMojo extends AbstractMojo {
  /** Where {@code up-to-date-stamp} finds the fingerprints to write. */
  static final String PENDING = UpToDateMojo.class.getName() + ".pending";

  private static final Set<String> RUNTIME_SCOPES =
      Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);

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
    Map<String, String> commandLine = new LinkedHashMap<>();
    for (String property : skipProperties) {
      String given = session.getUserProperties().getProperty(property);
      if (given != null) {
        commandLine.put(property, given);
      }
    }
    UpToDate.Config config =
        new UpToDate.Config(
            steps,
            project.getBuildPlugins(),
            paths(inputs),
            classpath
                ? artifacts(
                    project.getArtifacts().stream()
                        .filter(a -> RUNTIME_SCOPES.contains(a.getScope()))
                        .toList())
                : List.of(),
            plugin.getPluginLookupKey(),
            pluginClassPath(),
            commandLine,
            paths(outputs),
            stampDirectory.toPath().resolve(id),
            project.getBasedir().toPath(),
            session.getRepositorySession().getLocalRepository().getBasedir().toPath());
    UpToDate.Result result;
    try {
      result = UpToDate.check(config);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(name + ": cannot read an input: " + e, e);
    }
    boolean skip = result.decision().skip();
    skipProperties.forEach(p -> project.getProperties().setProperty(p, Boolean.toString(skip)));
    String guarded = name + ": " + String.join(", ", steps);
    if (skip) {
      getLog().info(guarded + " skipped: inputs unchanged since the last run");
      return;
    }
    getLog().info(guarded + " run: " + String.join("; ", result.decision().reasons()));
    try {
      result.stamp().remove();
    } catch (IOException e) {
      throw new MojoExecutionException(name + ": cannot remove its stamp: " + e, e);
    }
    pending(getPluginContext()).put(result.stamp().file(), result.fingerprint());
  }

  /** This plugin's artifact and its dependencies, each once. */
  private List<ArtifactFile> pluginClassPath() {
    Map<String, Artifact> artifacts = new LinkedHashMap<>();
    artifacts.put(plugin.getPluginArtifact().getId(), plugin.getPluginArtifact());
    plugin.getArtifacts().forEach(a -> artifacts.putIfAbsent(a.getId(), a));
    return artifacts(artifacts.values());
  }

  private static List<ArtifactFile> artifacts(Collection<Artifact> artifacts) {
    return artifacts.stream()
        .map(
            a ->
                new ArtifactFile(
                    a.getDependencyConflictId() + ":" + a.getBaseVersion(),
                    a.isSnapshot(),
                    a.getFile() == null ? null : a.getFile().toPath()))
        .toList();
  }

  private static List<Path> paths(List<File> files) {
    return files.stream().map(File::toPath).toList();
  }

  @SuppressWarnings("unchecked")
  static Map<Path, Fingerprint> pending(Map<?, ?> pluginContext) {
    return (Map<Path, Fingerprint>)
        ((Map<Object, Object>) pluginContext).computeIfAbsent(PENDING, k -> new LinkedHashMap<>());
  }
}
