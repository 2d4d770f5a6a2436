package dev.offerstatus.benchmarks.redis;

import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.client.RateLimitedException;
import dev.offerstatus.client.RateLimiterFactory;
import dev.offerstatus.client.redis.RedisRateLimiterFactory;
import dev.offerstatus.sdk.operations.SpecOperations;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import redis.embedded.RedisServer;

/**
 * The shared-limit benchmark command: several separate JVM processes of one app send eagerly for a
 * wall-clock duration against one simulator enforcing the spec's real limits (50/s, 1000/min per
 * app), each limiting itself with the in-JVM limiter ({@code jvm}) or all sharing one Redis ({@code
 * redis}, a real redis-server started here). The 99991400 count comes from the simulator's {@code
 * GET /_simulator/stats}. Not part of {@code ./mvnw verify}.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.offerstatus.benchmarks.redis.SharedLimitRun redis|jvm [seconds=180] [windowOffsetMillis=0]
 * [processes=3] [threadsPerProcess=4]}
 */
public final class SharedLimitRun {
  private static final String APP_ID = "cli_shared_limit_run";
  private static final String APP_SECRET = "shared_limit_run_secret";

  private SharedLimitRun() {}

  /** Runs once and prints one Markdown table row. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("worker")) {
      worker(args);
      return;
    }
    String mode = args.length > 0 ? args[0] : "redis";
    if (!mode.equals("redis") && !mode.equals("jvm")) {
      throw new IllegalArgumentException("mode must be redis or jvm, got " + mode);
    }
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 180;
    Duration offset = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 0);
    int processes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    List<Offer> offers = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      for (int i = 0; i < seconds * 60; i++) { // more than one process can send at 50/s
        offers.add(Offer.pendingOnboarding("p" + p + "-" + i));
      }
    }
    RedisServer redis = null;
    String redisUri = "-";
    if (mode.equals("redis")) {
      int port = freePort();
      redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
      redis.start();
      redisUri = "redis://127.0.0.1:" + port;
    }
    try (Simulator simulator =
        Simulator.builder().app(APP_ID, APP_SECRET).windowOffset(offset).seed(offers).start()) {
      long startAt = System.currentTimeMillis() + 5_000; // every JVM up before the first call
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<Process> workers = new ArrayList<>();
      for (int p = 0; p < processes; p++) {
        workers.add(
            new ProcessBuilder(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    SharedLimitRun.class.getName(),
                    "worker",
                    simulator.baseUrl(),
                    redisUri,
                    Long.toString(startAt),
                    Long.toString(seconds),
                    Integer.toString(threads),
                    "p" + p)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start());
      }
      int completed = 0;
      for (Process worker : workers) {
        try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
          String line = out.readLine(); // "<completed> <throttled>"
          completed += Integer.parseInt(line.split(" ")[0]);
        }
        worker.waitFor();
      }
      String stats =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "_simulator/stats"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      System.err.println(simulator.statsSummary());
      ContractModel model = ContractModel.fromClasspath();
      Operation operation =
          model.requireOperation(SpecOperations.INTERN_OFFER_STATUS.operationId());
      long throttled =
          simulator.answers(
              operation.operationId(),
              model.requireErrorCode(operation, ErrorKind.RATE_LIMITED).code());
      int ceiling = (int) (seconds / 60.0 * 1000);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d s | %s | %d x %d threads | %d | %.1f%% | %d |%n",
          mode.equals("redis") ? "shared Redis" : "in-JVM each",
          seconds,
          offset.isZero() ? "aligned" : "offset " + offset.toMillis() + " ms",
          processes,
          threads,
          completed,
          100.0 * completed / ceiling,
          throttled);
      System.err.println(stats);
    } finally {
      if (redis != null) {
        redis.stop();
      }
    }
  }

  /** One process: eager threads until the end, then prints "completed throttled". */
  private static void worker(String[] args) throws Exception {
    String baseUrl = args[1];
    String redisUri = args[2];
    long startAt = Long.parseLong(args[3]);
    Duration duration = Duration.ofSeconds(Long.parseLong(args[4]));
    int threads = Integer.parseInt(args[5]);
    String prefix = args[6];
    RedisRateLimiterFactory redis =
        redisUri.equals("-") ? null : RedisRateLimiterFactory.create(redisUri);
    OfferStatusClient client =
        OfferStatusClient.builder()
            .baseUrl(baseUrl)
            .appCredentials(APP_ID, APP_SECRET)
            .rateLimiter(redis != null ? redis : RateLimiterFactory.inJvm())
            .maxRateLimitRetries(0) // every 99991400 is counted, none hidden by a retry
            .build();
    Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
    long end = System.nanoTime() + duration.toNanos();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger throttled = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() - end < 0) {
                  try {
                    client.cancelOnboarding(prefix + "-" + next.getAndIncrement());
                    if (System.nanoTime() - end < 0) {
                      completed.incrementAndGet();
                    }
                  } catch (RateLimitedException e) {
                    throttled.incrementAndGet();
                  }
                }
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    if (redis != null) {
      redis.close();
    }
    System.out.println(completed.get() + " " + throttled.get());
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
