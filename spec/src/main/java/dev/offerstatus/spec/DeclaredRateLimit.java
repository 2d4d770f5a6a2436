package dev.offerstatus.spec;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An operation's {@code x-rate-limit}: requests per app (and tenant) in each declared window, any
 * non-empty subset of {@code per-second}, {@code per-minute}, {@code per-hour} and {@code per-day}.
 *
 * @param windows the declared windows, shortest first
 * @param scope {@code scope} (whose calls are counted together, e.g. {@code app and tenant}), or
 *     empty
 * @param doc {@code doc}: the page that states the limits, or empty
 * @param pointer where it is declared
 * @param line the YAML line of {@code x-rate-limit}, or 0 when unknown
 */
public record DeclaredRateLimit(
    List<Window> windows, String scope, String doc, String pointer, int line) {
  /** Copies the windows, shortest first. */
  public DeclaredRateLimit {
    windows = windows.stream().sorted(Comparator.comparing(Window::length)).toList();
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("a rate limit needs at least one window");
    }
  }

  /**
   * One window of a rate limit: at most {@code limit} calls in any {@code length}.
   *
   * @param key the spec's key, e.g. {@code per-minute}
   * @param length the window's length, e.g. one minute
   * @param limit the most calls the window allows, positive
   * @param pointer where it is declared ({@code .../x-rate-limit/per-minute})
   * @param line its YAML line, or 0 when unknown
   */
  public record Window(String key, Duration length, int limit, String pointer, int line) {}

  /** The window of that length, if declared. */
  public Optional<Window> window(Duration length) {
    return windows.stream().filter(w -> w.length().equals(length)).findFirst();
  }

  /** The limit of the window of that length, if declared. */
  public OptionalInt limitPer(Duration length) {
    return window(length).map(w -> OptionalInt.of(w.limit())).orElse(OptionalInt.empty());
  }

  /** The {@code per-second} limit, if declared. */
  public OptionalInt perSecond() {
    return limitPer(Duration.ofSeconds(1));
  }

  /** The {@code per-minute} limit, if declared. */
  public OptionalInt perMinute() {
    return limitPer(Duration.ofMinutes(1));
  }

  /** The longest declared window. */
  public Window longest() {
    return windows.get(windows.size() - 1);
  }
}
