package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.simulator.MutableClock;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark's 3-minute run under the real limits, on a fake clock shared by the client and the
 * simulator: eager callers get at least 95% of the 1000/min ceiling and never a 99991400, with the
 * simulator's windows aligned to the client's start or offset from it.
 */
class ScaledRateLimitRunTest {

  @ParameterizedTest(name = "simulator windows offset by {0} ms")
  @ValueSource(longs = {0, 250, 37_250, 59_990})
  void threeMinutesReachNinetyFivePercentOfTheCeilingWithoutA429(long offsetMillis) {
    MutableClock clock = MutableClock.at(Instant.parse("2026-11-26T10:00:00Z"));
    List<Offer> offers = new ArrayList<>();
    for (int i = 0; i < 3100; i++) {
      offers.add(Offer.pendingOnboarding("bulk-" + i));
    }
    try (Simulator simulator =
        Simulator.builder()
            .app(SimulatorBackedTest.APP, SimulatorBackedTest.SECRET)
            .clock(clock)
            .windowOffset(Duration.ofMillis(offsetMillis))
            .seed(offers)
            .start()) {
      SimulatorFixture.ClockTime time = new SimulatorFixture.ClockTime(clock);
      OfferStatusClient client =
          OfferStatusClient.builder()
              .baseUrl(simulator.baseUrl())
              .appCredentials(SimulatorBackedTest.APP, SimulatorBackedTest.SECRET)
              .timeSource(time)
              .maxRateLimitRetries(0) // a single 99991400 fails the run
              .build();
      Instant end = clock.instant().plus(Duration.ofMinutes(3));

      int completed = 0;
      while (clock.instant().isBefore(end)) {
        client.cancelOnboarding("bulk-" + completed);
        if (!clock.instant().isBefore(end)) {
          break; // waited past the end for its permit: not part of the 3 minutes
        }
        completed++;
      }

      assertThat(completed).isGreaterThanOrEqualTo(2850);
      // over 2850 requests: exchanges() keeps only the last 1000, answers(code) counts them all
      assertThat(simulator.answers(99991400)).isZero();
    }
  }
}
