package dev.offerstatus.benchmarks.client;

import com.lark.oapi.Client;
import com.lark.oapi.service.hire.v1.model.InternOfferStatus;
import com.lark.oapi.service.hire.v1.model.InternOfferStatusOfferReq;
import com.lark.oapi.service.hire.v1.model.InternOfferStatusOfferResp;
import dev.offerstatus.client.OfferStatusClient;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calls per second on loopback against the simulator with its limits off, each call a {@code
 * cancel_onboarding} of a fresh pending offer: raw OkHttp posting the same bytes (the floor), this
 * project's client (validation, token cache, limiter off) and the official Feishu Java SDK 2.5.3.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(2)
public class ClientThroughputBenchmark {
  private static final String APP_ID = "cli_benchmark";
  private static final String APP_SECRET = "benchmark_secret";
  private static final String PATH = "open-apis/hire/v1/offers/%s/intern_offer_status";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final byte[] BODY =
      "{\"operation\":\"cancel_onboarding\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /** More offers than any iteration can use: each call needs a fresh pending offer. */
  private static final int OFFERS_PER_ITERATION = 200_000;

  private final AtomicLong nextOffer = new AtomicLong();
  private long seededUpTo;
  private Simulator simulator;
  private OkHttpClient okHttp;
  private String token;
  private OfferStatusClient client;
  private Client officialSdk;

  @Setup(Level.Trial)
  public void start() {
    simulator = Simulator.builder().app(APP_ID, APP_SECRET).limitsOff().start();
    okHttp = new OkHttpClient();
    token = simulator.issueToken(APP_ID);
    client =
        OfferStatusClient.builder()
            .baseUrl(simulator.baseUrl())
            .appCredentials(APP_ID, APP_SECRET)
            .withoutRateLimiting()
            .build();
    String base = simulator.baseUrl();
    officialSdk =
        Client.newBuilder(APP_ID, APP_SECRET)
            .openBaseUrl(base.substring(0, base.length() - 1))
            .requestTimeout(10, TimeUnit.SECONDS)
            .build();
  }

  @Setup(Level.Iteration)
  public void seed() {
    long from = seededUpTo;
    seededUpTo += OFFERS_PER_ITERATION;
    for (long i = from; i < seededUpTo; i++) {
      simulator.seed(Offer.pendingOnboarding("bench-" + i));
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    simulator.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  private String nextOfferId() {
    long n = nextOffer.getAndIncrement();
    if (n >= seededUpTo) {
      throw new IllegalStateException("more calls than seeded offers: raise OFFERS_PER_ITERATION");
    }
    return "bench-" + n;
  }

  /** The floor: the same bytes posted with OkHttp, the body read to the end, nothing checked. */
  @Benchmark
  public int rawOkHttp() throws IOException {
    Request request =
        new Request.Builder()
            .url(simulator.baseUrl() + PATH.formatted(nextOfferId()))
            .header("Authorization", "Bearer " + token)
            .post(RequestBody.create(BODY, JSON))
            .build();
    try (Response response = okHttp.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return response.body().bytes().length;
    }
  }

  /** This project's client: pre-flight validation, token cache, typed result. */
  @Benchmark
  public Object offerStatusClient() {
    return client.cancelOnboarding(nextOfferId()).data();
  }

  /** The official Feishu Java SDK (com.larksuite.oapi:oapi-sdk 2.5.3). */
  @Benchmark
  public Object officialSdk() throws Exception {
    InternOfferStatusOfferResp response =
        officialSdk
            .hire()
            .v1()
            .offer()
            .internOfferStatus(
                InternOfferStatusOfferReq.newBuilder()
                    .offerId(nextOfferId())
                    .internOfferStatus(
                        InternOfferStatus.newBuilder().operation("cancel_onboarding").build())
                    .build());
    if (!response.success()) {
      throw new IllegalStateException("code " + response.getCode() + " " + response.getMsg());
    }
    return response.getData();
  }
}
