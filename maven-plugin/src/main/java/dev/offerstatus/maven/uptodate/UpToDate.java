package dev.offerstatus.maven.uptodate;

import dev.offerstatus.maven.uptodate.GuardedSteps.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.maven.model.Plugin;

/**
 * Whether a module's guarded steps can be skipped: the fingerprint of their inputs (the files
 * named, the class path if asked, each step's plugin and configuration, the skips given on the
 * command line) against the stamp of their last successful run, and their outputs.
 */
public final class UpToDate {
  private UpToDate() {}

  /**
   * An artifact on a class path: {@code groupId:artifactId:type[:classifier]:baseVersion}, whether
   * it is a SNAPSHOT, and its file or folder ({@code null} when unresolved).
   */
  public record ArtifactFile(String coordinates, boolean snapshot, Path file) {
    public ArtifactFile {
      Objects.requireNonNull(coordinates, "coordinates == null");
    }
  }

  /**
   * What to check.
   *
   * @param steps the ids of the guarded executions
   * @param plugins the module's build plugins, as the effective POM has them
   * @param inputs the files and folders the steps read
   * @param classpath the module's class path, when it is an input (else empty)
   * @param pluginKey {@code groupId:artifactId} of this plugin, whose own class path it can see
   * @param pluginClassPath this plugin and its dependencies
   * @param commandLine the skip properties given on the command line, with their values
   * @param outputs what the steps make
   * @param stamp the stamp file
   * @param base the module's directory: input names and messages are relative to it
   * @param localRepository where released artifacts are resolved to
   */
  public record Config(
      List<String> steps,
      List<Plugin> plugins,
      List<Path> inputs,
      List<ArtifactFile> classpath,
      String pluginKey,
      List<ArtifactFile> pluginClassPath,
      Map<String, String> commandLine,
      List<Path> outputs,
      Path stamp,
      Path base,
      Path localRepository) {
    public Config {
      steps = List.copyOf(steps);
      plugins = List.copyOf(plugins);
      inputs = List.copyOf(inputs);
      classpath = List.copyOf(classpath);
      Objects.requireNonNull(pluginKey, "pluginKey == null");
      pluginClassPath = List.copyOf(pluginClassPath);
      commandLine = new TreeMap<>(commandLine);
      outputs = List.copyOf(outputs);
      Objects.requireNonNull(stamp, "stamp == null");
      base = base.toAbsolutePath().normalize();
      localRepository = localRepository.toAbsolutePath().normalize();
    }
  }

  /** The inputs' fingerprint, the stamp they are compared with, and the decision. */
  public record Result(Fingerprint fingerprint, Stamp stamp, Stamp.Decision decision) {}

  /**
   * Fingerprints the inputs and compares them with the stamp.
   *
   * @throws IllegalArgumentException when a step id names no execution or executions of two
   *     plugins, or a step runs a SNAPSHOT plugin other than this one (whose content is unseen)
   * @throws IOException when an input cannot be read
   */
  public static Result check(Config config) throws IOException {
    Objects.requireNonNull(config, "config == null");
    List<Step> steps = GuardedSteps.find(config.plugins(), config.steps());
    Fingerprint fingerprint = new Fingerprint();
    for (Path input : config.inputs()) {
      fingerprint.file("file " + display(config.base(), input), input);
    }
    for (ArtifactFile artifact : config.classpath()) {
      artifact(fingerprint, "classpath " + artifact.coordinates(), artifact, config);
    }
    for (Step step : steps) {
      fingerprint.value("step " + step.id(), step.description());
      if (step.plugin().getKey().equals(config.pluginKey())) {
        for (ArtifactFile artifact : config.pluginClassPath()) {
          String name = "step " + step.id() + " plugin class path " + artifact.coordinates();
          artifact(fingerprint, name, artifact, config);
        }
      } else if (step.plugin().getVersion() == null
          || step.plugin().getVersion().endsWith("SNAPSHOT")) {
        throw new IllegalArgumentException(
            "step \""
                + step.id()
                + "\" runs "
                + step.pluginCoordinates()
                + ", whose content this goal cannot see: guard only steps of released plugins or of "
                + config.pluginKey());
      }
    }
    config
        .commandLine()
        .forEach((property, value) -> fingerprint.value("command line " + property, value));
    Stamp stamp = new Stamp(config.stamp(), config.base());
    return new Result(fingerprint, stamp, stamp.decide(fingerprint, config.outputs()));
  }

  /**
   * A released artifact from the local repository counts by its coordinates, which name its
   * content; this project's own artifacts, any SNAPSHOT and anything from elsewhere by content.
   */
  private static void artifact(
      Fingerprint fingerprint, String name, ArtifactFile artifact, Config config)
      throws IOException {
    Path file = artifact.file();
    if (file == null) {
      fingerprint.value(name, "unresolved");
    } else if (!artifact.snapshot()
        && file.toAbsolutePath().normalize().startsWith(config.localRepository())) {
      fingerprint.value(name, "released");
    } else {
      fingerprint.whole(name, file);
    }
  }

  /** {@code file} relative to {@code base} when inside it, with '/' separators. */
  static String display(Path base, Path file) {
    Path f = file.toAbsolutePath().normalize();
    return (f.startsWith(base) ? base.relativize(f) : f).toString().replace('\\', '/');
  }
}
