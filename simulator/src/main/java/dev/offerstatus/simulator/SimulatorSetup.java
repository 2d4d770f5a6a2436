package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredRateLimit;
import dev.offerstatus.spec.ErrorKind;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The parts a {@link Simulator} is built from, as its builder and the spec define them: the apps,
 * each operation's rate limits, the read operations and the request threads.
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
        limitsByOperation.computeIfAbsent(operationId, id -> limits(builder, model, id));
  }

  /**
   * An operation's limits: the builder's, else the operation's {@code x-rate-limit} (a missing
   * {@code per-minute}: 60 times the per-second limit, which a per-second window implies anyway; a
   * missing {@code per-second}: none).
   */
  private static RateLimits limits(
      Simulator.Builder builder, ContractModel model, String operationId) {
    DeclaredRateLimit spec =
        model
            .requireOperation(
                operationId.equals(RateLimiter.ANY_OPERATION)
                    ? SimulatorHandler.WRITE_OPERATION
                    : operationId)
            .requireRateLimit();
    OptionalInt second = spec.perSecond();
    int perSecond = builder.perSecond == 0 ? second.orElse(Integer.MAX_VALUE) : builder.perSecond;
    int perMinute =
        builder.perMinute == 0
            ? spec.perMinute()
                .orElse(
                    second.isPresent()
                        ? Math.multiplyExact(second.getAsInt(), 60)
                        : Integer.MAX_VALUE)
            : builder.perMinute;
    return new RateLimits(builder.limitsEnabled, perSecond, perMinute, builder.windowOffset);
  }

  static ReadOperations reads(OfferBook offers, ContractModel model) {
    return new ReadOperations(
        offers,
        new QueryCheck(model),
        state -> state.offerStatus().orElseThrow(),
        model.requireErrorCode(model.requireOperation("getOffer"), ErrorKind.PARAMETER).code());
  }

  /** Daemon request threads named {@code offer-status-simulator-N}. */
  static ExecutorService threads(int threads) {
    AtomicInteger threadNumber = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        runnable -> {
          Thread thread =
              new Thread(runnable, "offer-status-simulator-" + threadNumber.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
