package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The parts a {@link Simulator} is built from, as its builder and the spec define them: the apps
 * and each operation's rate limits.
 */
final class SimulatorSetup {
  private SimulatorSetup() {}

  /**
   * The builder's apps in their order, else the default app; an app without scopes holds every
   * scope named.
   */
  static Map<String, AppCredentials> apps(Simulator.Builder builder, ContractModel model) {
    Set<String> requiredScopes = new LinkedHashSet<>();
    model.operations().forEach(op -> requiredScopes.addAll(op.requiredScopes()));
    Map<String, AppCredentials> apps = new LinkedHashMap<>();
    for (Simulator.Builder.AppEntry app : builder.apps) {
      apps.put(
          app.appId(),
          new AppCredentials(
              app.appId(), app.appSecret(), app.scopes() == null ? requiredScopes : app.scopes()));
    }
    if (apps.isEmpty()) {
      apps.put(
          Simulator.DEFAULT_APP_ID,
          new AppCredentials(
              Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET, requiredScopes));
    }
    return apps;
  }

  /** Each operation's limits, worked out once on first use. */
  static Function<String, RateLimits> limits(Simulator.Builder builder, ContractModel model) {
    Map<String, RateLimits> limitsByOperation = new ConcurrentHashMap<>();
    return operationId ->
        limitsByOperation.computeIfAbsent(
            operationId, id -> limits(builder, model.requireOperation(id)));
  }

  /**
   * An operation's limits: the windows of its {@code x-rate-limit} (none without one), those the
   * builder sets replacing the window of the same length, or the builder's alone after {@link
   * Simulator.Builder#limits(int, int)}.
   */
  private static RateLimits limits(Simulator.Builder builder, Operation op) {
    Map<Duration, Integer> windows = new LinkedHashMap<>();
    if (!builder.replaceWindows) {
      op.rateLimit()
          .ifPresent(limit -> limit.windows().forEach(w -> windows.put(w.length(), w.limit())));
    }
    windows.putAll(builder.windows);
    return new RateLimits(
        builder.limitsEnabled,
        windows.entrySet().stream()
            .map(w -> new RateLimits.Window(w.getKey(), w.getValue()))
            .toList(),
        builder.windowOffset);
  }
}
