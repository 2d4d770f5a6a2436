package dev.offerstatus.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that only moves when told to or when someone sleeps on it; records every sleep. The one
 * fake clock of the client's tests and, through the client's test-jar, of client-redis's.
 */
public final class FakeTime implements TimeSource {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos.addAndGet(duration.toNanos());
  }

  /** Moves the clock without a sleep. */
  public void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  /** Every sleep so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Forgets the sleeps recorded so far. */
  public synchronized void clearSleeps() {
    sleeps.clear();
  }
}
