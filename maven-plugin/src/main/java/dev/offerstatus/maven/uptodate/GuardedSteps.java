package dev.offerstatus.maven.uptodate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;

/**
 * The plugin executions that a stamp guards, found by their ids among a module's build plugins.
 * What a step does is its plugin's coordinates, the plugin's dependencies, its goals and its
 * configuration (the plugin's and the execution's, as the effective POM has them): a change of any
 * of them runs the step again.
 */
public final class GuardedSteps {
  private GuardedSteps() {}

  /** One guarded execution. */
  public record Step(String id, Plugin plugin, PluginExecution execution) {
    public Step {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(plugin, "plugin == null");
      Objects.requireNonNull(execution, "execution == null");
    }

    /** {@code groupId:artifactId:version} of the step's plugin. */
    public String pluginCoordinates() {
      return plugin.getKey() + ":" + plugin.getVersion();
    }

    /** Everything the model says about the step, as text: a change of it runs the step again. */
    public String description() {
      StringBuilder text = new StringBuilder();
      text.append("plugin ").append(pluginCoordinates()).append('\n');
      for (Dependency d : plugin.getDependencies()) {
        text.append("plugin dependency ").append(d.getManagementKey()).append(':');
        text.append(d.getVersion());
        d.getExclusions()
            .forEach(
                e ->
                    text.append(" -").append(e.getGroupId()).append(':').append(e.getArtifactId()));
        text.append('\n');
      }
      text.append("plugin configuration ").append(plugin.getConfiguration()).append('\n');
      text.append("goals ").append(execution.getGoals()).append('\n');
      text.append("configuration ").append(execution.getConfiguration()).append('\n');
      return text.toString();
    }
  }

  /**
   * The executions named by {@code ids}, in that order.
   *
   * @throws IllegalArgumentException when an id names no execution, or executions of two plugins
   */
  public static List<Step> find(List<Plugin> plugins, List<String> ids) {
    Objects.requireNonNull(plugins, "plugins == null");
    Objects.requireNonNull(ids, "ids == null");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("no steps to guard: name the ids of their executions");
    }
    List<Step> steps = new ArrayList<>();
    for (String id : ids) {
      List<Step> found = new ArrayList<>();
      for (Plugin plugin : plugins) {
        for (PluginExecution execution : plugin.getExecutions()) {
          if (execution.getId().equals(id)) {
            found.add(new Step(id, plugin, execution));
          }
        }
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "no plugin execution of this module has the id \""
                + id
                + "\" (its ids: "
                + ids(plugins)
                + ")");
      }
      if (found.size() > 1) {
        throw new IllegalArgumentException(
            "the id \""
                + id
                + "\" names executions of "
                + found.stream().map(s -> s.plugin().getKey()).toList()
                + ": give the one to guard an id of its own");
      }
      steps.add(found.get(0));
    }
    return steps;
  }

  private static String ids(List<Plugin> plugins) {
    TreeSet<String> ids = new TreeSet<>();
    plugins.forEach(p -> p.getExecutions().forEach(e -> ids.add(e.getId())));
    return String.join(", ", ids);
  }
}
