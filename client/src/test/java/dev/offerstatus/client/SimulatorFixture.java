package dev.offerstatus.client;

import dev.offerstatus.simulator.MutableClock;
import dev.offerstatus.simulator.Simulator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up of the simulator-backed client tests, once: a simulator and its clients on one fake
 * clock (a client sleeping moves the simulator's time), the simulator stopped after each test.
 * Register it with {@code @RegisterExtension}.
 */
final class SimulatorFixture implements AfterEachCallback, AutoCloseable {
  /** The simulator's clock as the client's {@link TimeSource}: sleeping moves both. */
  record ClockTime(MutableClock clock) implements TimeSource {
    @Override
    public long nanoTime() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public void sleep(Duration duration) {
      clock.advance(duration);
    }
  }

  private final MutableClock clock;
  private final ClockTime time;
  private Simulator simulator;

  private SimulatorFixture(Instant start) {
    this.clock = MutableClock.at(start);
    this.time = new ClockTime(clock);
  }

  /** A fixture whose clock starts at {@code instant} (ISO-8601, e.g. 2026-11-26T10:00:00Z). */
  static SimulatorFixture at(String instant) {
    return new SimulatorFixture(Instant.parse(instant));
  }

  MutableClock clock() {
    return clock;
  }

  ClockTime time() {
    return time;
  }

  /** Starts {@code builder} on this fixture's clock; stopped after the test. */
  Simulator start(Simulator.Builder builder) {
    close();
    simulator = builder.clock(clock).start();
    return simulator;
  }

  /** The simulator last started. */
  Simulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("no simulator started: call start(Simulator.builder()...)");
    }
    return simulator;
  }

  /** A client of the running simulator, as {@code appId}, on this fixture's clock. */
  OfferStatusClient.Builder client(String appId, String secret) {
    return OfferStatusClient.builder()
        .baseUrl(simulator().baseUrl())
        .appCredentials(appId, secret)
        .timeSource(time);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }
}
