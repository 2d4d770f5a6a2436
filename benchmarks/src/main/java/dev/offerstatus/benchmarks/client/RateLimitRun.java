package dev.offerstatus.benchmarks.client;

import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.client.RateLimitedException;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark command for the real limits: eager callers run this client for a wall-clock
 * duration against a simulator enforcing the spec's 50/s and 1000/min, whose windows are aligned
 * (offset 0) or offset; prints calls completed, the share of the ceiling and the 99991400 answers.
 * Not part of {@code ./mvnw verify} (the test suite runs a fake-clock variant).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.offerstatus.benchmarks.client.RateLimitRun [seconds=180] [windowOffsetMillis=0] [threads=4]}
 */
public final class RateLimitRun {
  private static final String APP_ID = "cli_rate_limit_run";
  private static final String APP_SECRET = "rate_limit_run_secret";

  private RateLimitRun() {}

  /** Runs once and prints one Markdown table row. */
  public static void main(String[] args) throws Exception {
    Duration duration = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 180);
    Duration offset = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int ceiling = (int) Math.ceil(duration.toSeconds() / 60.0 * 1000); // 1000 per started minute
    int expected = (int) (duration.toSeconds() / 60.0 * 1000);
    List<Offer> offers = new ArrayList<>();
    for (int i = 0; i < ceiling + 1000; i++) {
      offers.add(Offer.pendingOnboarding("run-" + i));
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger throttled = new AtomicInteger();
    try (Simulator simulator =
        Simulator.builder().app(APP_ID, APP_SECRET).windowOffset(offset).seed(offers).start()) {
      OfferStatusClient client =
          OfferStatusClient.builder()
              .baseUrl(simulator.baseUrl())
              .appCredentials(APP_ID, APP_SECRET)
              .maxRateLimitRetries(0) // every 99991400 is counted, none hidden by a retry
              .build();
      long end = System.nanoTime() + duration.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() - end < 0) {
                    try {
                      client.cancelOnboarding("run-" + next.getAndIncrement());
                      if (System.nanoTime() - end < 0) {
                        completed.incrementAndGet();
                      }
                    } catch (RateLimitedException e) {
                      throttled.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();
      long answered429 = simulator.exchanges().stream().filter(e -> e.code() == 99991400).count();
      System.out.printf(
          Locale.ROOT,
          "| %d s | %s | %d | %d | %.1f%% | %d |%n",
          duration.toSeconds(),
          offset.isZero() ? "aligned" : "offset " + offset.toMillis() + " ms",
          threads,
          completed.get(),
          100.0 * completed.get() / expected,
          Math.max(throttled.get(), answered429));
    }
  }
}
