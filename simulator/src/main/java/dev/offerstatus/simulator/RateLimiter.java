package dev.offerstatus.simulator;

import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Fixed-window rate limits per app and operation (Feishu counts each API separately): a per-second
 * and a per-minute window, both starting at the epoch plus an offset. A request over either limit
 * is refused and not counted. Windows only move forward: a request that reads an older instant (a
 * racing thread, a clock set back) is counted in the app's latest window rather than reopening an
 * earlier one.
 */
final class RateLimiter {
  /** The answer for one request; {@code limit} and {@code resetSeconds} describe a refusal. */
  record Decision(boolean allowed, int limit, long resetSeconds) {
    static final Decision ALLOWED = new Decision(true, 0, 0);
  }

  private static final class Window {
    long index = Long.MIN_VALUE;
    int count;
  }

  private static final class AppWindows {
    final Window second = new Window();
    final Window minute = new Window();
    long latest = Long.MIN_VALUE;
  }

  /** What the provider states force on every operation of an app. */
  private static final class AppState {
    int forcedRefusals;
    boolean throttled;
  }

  /** The operation {@link #acquire(String)} counts for. */
  static final String ANY_OPERATION = "";

  private final InstantSource clock;
  private final Function<String, RateLimits> limitsByOperation;
  private final Map<String, AppWindows> windowsByKey = new ConcurrentHashMap<>();
  private final Map<String, AppState> apps = new ConcurrentHashMap<>();

  /** The same limits for every operation. */
  RateLimiter(InstantSource clock, RateLimits limits) {
    this(clock, operationId -> limits);
  }

  /** The limits of each operation, by operationId. */
  RateLimiter(InstantSource clock, Function<String, RateLimits> limitsByOperation) {
    this.clock = clock;
    this.limitsByOperation = limitsByOperation;
  }

  /** Counts one request of an app, or refuses it when a window is full. */
  Decision acquire(String appId) {
    return acquire(appId, ANY_OPERATION);
  }

  /** Counts one request of an app to one operation, or refuses it when a window is full. */
  Decision acquire(String appId, String operationId) {
    RateLimits limits = limitsByOperation.apply(operationId);
    AppState app = apps.computeIfAbsent(appId, id -> new AppState());
    synchronized (app) {
      if (app.throttled || app.forcedRefusals > 0) {
        if (!app.throttled) {
          app.forcedRefusals--;
        }
        long now = clock.instant().toEpochMilli() - limits.windowOffset().toMillis();
        return refusal(limits.perMinute(), now, 60_000);
      }
    }
    AppWindows windows =
        windowsByKey.computeIfAbsent(appId + '\u0000' + operationId, id -> new AppWindows());
    synchronized (windows) {
      // Read inside the lock, and never go back: a caller holding an older instant must not roll
      // a window back and reset its count.
      windows.latest =
          Math.max(
              windows.latest, clock.instant().toEpochMilli() - limits.windowOffset().toMillis());
      long now = windows.latest;
      if (!limits.enabled()) {
        return Decision.ALLOWED;
      }
      roll(windows.second, now, 1_000);
      roll(windows.minute, now, 60_000);
      if (windows.minute.count >= limits.perMinute()) {
        return refusal(limits.perMinute(), now, 60_000);
      }
      if (windows.second.count >= limits.perSecond()) {
        return refusal(limits.perSecond(), now, 1_000);
      }
      windows.second.count++;
      windows.minute.count++;
      return Decision.ALLOWED;
    }
  }

  /** Makes the app's next request answer 429 whatever its windows hold (provider states). */
  void refuseNext(String appId) {
    AppState app = apps.computeIfAbsent(appId, id -> new AppState());
    synchronized (app) {
      app.forcedRefusals++;
    }
  }

  /** Makes every request of the app answer 429 until {@code throttled} is set back to false. */
  void throttle(String appId, boolean throttled) {
    AppState app = apps.computeIfAbsent(appId, id -> new AppState());
    synchronized (app) {
      app.throttled = throttled;
    }
  }

  private static void roll(Window window, long now, long size) {
    long index = Math.floorDiv(now, size);
    if (index > window.index) {
      window.index = index;
      window.count = 0;
    }
  }

  private static Decision refusal(int limit, long now, long size) {
    long untilReset = size - Math.floorMod(now, size);
    return new Decision(false, limit, Math.max(1, (untilReset + 999) / 1000));
  }
}
