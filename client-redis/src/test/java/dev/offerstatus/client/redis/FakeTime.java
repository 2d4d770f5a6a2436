package dev.offerstatus.client.redis;

import dev.offerstatus.client.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when told to or when someone sleeps on it; records every sleep. */
final class FakeTime implements TimeSource {
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

  void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized void clearSleeps() {
    sleeps.clear();
  }
}
