package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Eight threads hammering the same offers: every transition applies exactly once. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int OFFERS = 40;

  @Test
  void concurrentTransitionsOfOneOfferAreSerialised() throws Exception {
    try (Simulator simulator = Simulator.builder().limitsOff().start()) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < OFFERS; i++) {
        ids.add("offer-" + i);
        simulator.seed(Offer.pendingOnboarding("offer-" + i));
      }
      String token = simulator.issueToken(Simulator.DEFAULT_APP_ID);
      Http http = new Http(simulator.baseUrl());

      Map<Integer, AtomicInteger> confirms =
          hammer(
              ids,
              id ->
                  http.offer(
                      token,
                      id,
                      "{\"operation\":\"confirm_onboarding\",\"onboarding_info\":"
                          + "{\"actual_onboarding_date\":\"2022-01-0"
                          + (1 + Math.abs(id.hashCode() % 9))
                          + "\"}}"));
      Map<Integer, AtomicInteger> offboards =
          hammer(
              ids,
              id ->
                  http.offer(
                      token,
                      id,
                      "{\"operation\":\"offboard\",\"offboarding_info\":"
                          + "{\"actual_offboarding_date\":\"2022-03-02\"}}"));

      assertThat(confirms.get(0)).hasValue(OFFERS);
      assertThat(confirms.get(1002067)).hasValue(OFFERS * (THREADS - 1));
      assertThat(confirms).containsOnlyKeys(0, 1002067);
      assertThat(offboards.get(0)).hasValue(OFFERS);
      assertThat(offboards.get(1002068)).hasValue(OFFERS * (THREADS - 1));
      assertThat(offboards).containsOnlyKeys(0, 1002068);
      for (String id : ids) {
        assertThat(simulator.offer(id).orElseThrow())
            .isEqualTo(
                Offer.offboarded(
                    id,
                    LocalDate.of(2022, 1, 1 + Math.abs(id.hashCode() % 9)),
                    LocalDate.of(2022, 3, 2)));
      }
    }
  }

  /** Every thread sends one request per offer, in its own shuffled order; counts the codes. */
  private static Map<Integer, AtomicInteger> hammer(
      List<String> ids, java.util.function.Function<String, Http.Answer> call) throws Exception {
    Map<Integer, AtomicInteger> codes = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<String> order = new ArrayList<>(ids);
        Collections.shuffle(order, new java.util.Random(t));
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  for (String id : order) {
                    int code = call.apply(id).code();
                    codes.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return codes;
  }
}
