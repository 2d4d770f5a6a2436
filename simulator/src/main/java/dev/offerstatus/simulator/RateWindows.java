package dev.offerstatus.simulator;

import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Fixed-window rate limits per app and operation (Feishu counts each API separately): the windows
 * the operation declares, each starting at the epoch plus an offset. A request over any limit is
 * refused and not counted; the longest full window is the one reported. Windows only move forward:
 * a request that reads an older instant (a racing thread, a clock set back) is counted in the app's
 * latest window rather than reopening an earlier one. The server's side of the limits, counted as
 * Feishu counts them; the client's {@code RateLimiter} is the sending side, which waits for a
 * permit.
 */
final class RateWindows {
  /** The answer for one request; {@code limit} and {@code resetSeconds} describe a refusal. */
  record Decision(boolean allowed, int limit, long resetSeconds) {
    static final Decision ALLOWED = new Decision(true, 0, 0);
  }

  private static final class Windows {
    final long[] index;
    final int[] count;
    long latest = Long.MIN_VALUE;

    Windows(int size) {
      index = new long[size];
      count = new int[size];
      java.util.Arrays.fill(index, Long.MIN_VALUE);
    }
  }

  /** What the provider states force on every operation of an app. */
  private static final class AppState {
    int forcedRefusals;
    boolean throttled;
  }

  private final InstantSource clock;
  private final Function<String, RateLimits> limitsByOperation;
  private final Map<String, Windows> windowsByKey = new ConcurrentHashMap<>();
  private final Map<String, AppState> apps = new ConcurrentHashMap<>();

  /** The limits of each operation, by operationId. */
  RateWindows(InstantSource clock, Function<String, RateLimits> limitsByOperation) {
    this.clock = clock;
    this.limitsByOperation = limitsByOperation;
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
        return limits.windows().isEmpty()
            ? new Decision(false, 1, 1)
            : refusal(limits.windows().get(0), now);
      }
    }
    Windows windows =
        windowsByKey.computeIfAbsent(
            appId + '\u0000' + operationId, id -> new Windows(limits.windows().size()));
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
      for (int i = 0; i < limits.windows().size(); i++) {
        long index = Math.floorDiv(now, limits.windows().get(i).length().toMillis());
        if (index > windows.index[i]) {
          windows.index[i] = index;
          windows.count[i] = 0;
        }
        if (windows.count[i] >= limits.windows().get(i).limit()) {
          return refusal(limits.windows().get(i), now);
        }
      }
      for (int i = 0; i < limits.windows().size(); i++) {
        windows.count[i]++;
      }
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

  private static Decision refusal(RateLimits.Window window, long now) {
    long size = window.length().toMillis();
    long untilReset = size - Math.floorMod(now, size);
    return new Decision(false, window.limit(), Math.max(1, (untilReset + 999) / 1000));
  }
}
