package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.client.OfferStatusListener.ThrottleCause;
import dev.offerstatus.client.examples.MicrometerListener;
import dev.offerstatus.client.examples.OpenTelemetryListener;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Logging, the listener, its Micrometer/OpenTelemetry examples and the domain presets. */
class ObservabilityTest {
  private static final String APP = "cli_observed";
  private static final String SECRET = "s3cr3t-app-secret-value";
  private static final Pattern TOKEN =
      Pattern.compile("\"tenant_access_token\"\\s*:\\s*\"([^\"]+)\"");

  @RegisterExtension final SimulatorFixture fixture = SimulatorFixture.at("2026-11-26T10:00:00Z");
  private final TimeSource time = fixture.time();
  private final Set<String> tokensSeen = ConcurrentHashMap.newKeySet();
  private final List<String> hostsSeen = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private Simulator simulator;

  private final OfferStatusListener recorder =
      new OfferStatusListener() {
        @Override
        public void requestSent(String operationId, String method, int attempt) {
          events.add("sent " + operationId + " " + method + " #" + attempt);
        }

        @Override
        public void answerReceived(
            String operationId, int httpStatus, int code, String logId, Duration elapsed) {
          events.add("answer " + httpStatus + " " + code + " logId=" + (logId != null));
        }

        @Override
        public void retrying(String operationId, int attempt, String reason, Duration delay) {
          events.add("retry #" + attempt + " " + reason + " in " + delay.toMillis() + " ms");
        }

        @Override
        public void throttleWait(String operationId, Duration wait, ThrottleCause cause) {
          events.add("throttle " + cause + " " + wait.toMillis() + " ms");
        }

        @Override
        public void tokenFetched(String appId, boolean refresh, Duration lifetime) {
          events.add("token " + appId + " refresh=" + refresh);
        }
      };

  @BeforeEach
  void clearLog() {
    CapturedLog.clear();
  }

  private Simulator.Builder simulator() {
    return Simulator.builder()
        .app(APP, SECRET)
        .seed(
            Offer.pendingOnboarding("p1"),
            Offer.pendingOnboarding("p2"),
            Offer.pendingOnboarding("p3"));
  }

  /**
   * An OkHttp client that records every token the server hands out and the host each request was
   * meant for, then sends it to the loopback simulator (how the domain presets reach it).
   */
  private OkHttpClient recordingHttp() {
    HttpUrl target = HttpUrl.get(simulator.baseUrl());
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain -> {
              Request request = chain.request();
              hostsSeen.add(request.url().host());
              HttpUrl loopback =
                  request
                      .url()
                      .newBuilder()
                      .scheme("http")
                      .host(target.host())
                      .port(target.port())
                      .build();
              Response response = chain.proceed(request.newBuilder().url(loopback).build());
              Matcher m = TOKEN.matcher(response.peekBody(1 << 16).string());
              while (m.find()) {
                tokensSeen.add(m.group(1));
              }
              return response;
            })
        .build();
  }

  private OfferStatusClient.Builder client(Domain domain) {
    return OfferStatusClient.builder()
        .domain(domain)
        .okHttpClient(recordingHttp())
        .appCredentials(APP, SECRET)
        .timeSource(time)
        .listener(recorder);
  }

  @Test
  void noSecretNorTokenReachesALogLineEvenWithHttpLogging() {
    simulator = fixture.start(simulator().tokenTtl(Duration.ofHours(2)));
    OfferStatusClient client = client(Domain.FEISHU).logHttp(4096).build();

    client.cancelOnboarding("p1");
    simulator.invalidateTokens(); // the next call is answered 99991663, then replayed
    client.cancelOnboarding("p2");
    fixture.clock().advance(Duration.ofHours(2)); // past the refresh margin: a refresh
    client.confirmOnboarding("p3", LocalDate.of(2022, 1, 1));

    List<String> lines = CapturedLog.lines();
    assertThat(tokensSeen).hasSize(3);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(line).doesNotContain(SECRET);
      for (String token : tokensSeen) {
        assertThat(line).doesNotContain(token);
      }
    }
    assertThat(lines)
        .anyMatch(l -> l.contains("Authorization: <redacted>"))
        .anyMatch(l -> l.contains("\"app_secret\":\"<redacted>\""))
        .anyMatch(l -> l.contains("\"tenant_access_token\":\"<redacted>\""))
        .anyMatch(
            l ->
                l.startsWith(
                    "INFO dev.offerstatus.client: tenant_access_token fetched for app cli_observed (valid 7200 s)"))
        .anyMatch(
            l ->
                l.startsWith(
                    "INFO dev.offerstatus.client: tenant_access_token refreshed for app cli_observed"))
        .anyMatch(
            l ->
                l.equals(
                    "INFO dev.offerstatus.client: POST /open-apis/hire/v1/offers/p2/intern_offer_status:"
                        + " token invalid (99991663): fetched a new one; sending it again in 0 ms"
                        + " (attempt 2)"));
  }

  @Test
  void httpLogBodiesAreCutAndACutSecretIsStillRedacted() {
    simulator = fixture.start(simulator());
    OfferStatusClient client = client(Domain.FEISHU).logHttp(30).build();
    client.cancelOnboarding("p1");

    assertThat(CapturedLog.lines())
        .anyMatch(l -> l.contains("… (truncated at 30 chars"))
        .noneMatch(l -> l.contains(SECRET.substring(0, 6)));
    assertThat(HttpLogging.redact("{\"code\":0,\"tenant_access_token\":\"t-abc"))
        .isEqualTo("{\"code\":0,\"tenant_access_token\":\"<redacted>");
    assertThat(HttpLogging.redact("{\"app_id\":\"a\",\"app_secret\":\"x\\\"y\"}"))
        .isEqualTo("{\"app_id\":\"a\",\"app_secret\":\"<redacted>\"}");
  }

  @Test
  void withoutOptInNoHttpLineIsLogged() {
    simulator = fixture.start(simulator());
    client(Domain.FEISHU).build().cancelOnboarding("p1");

    assertThat(CapturedLog.lines()).noneMatch(l -> l.contains("dev.offerstatus.client.http"));
  }

  @Test
  void theListenerHearsRequestsAnswersRetriesAndTokenFetches() {
    simulator = fixture.start(simulator());
    OfferStatusClient client = client(Domain.FEISHU).build();
    client.cancelOnboarding("p1");
    simulator.invalidateTokens();
    client.cancelOnboarding("p2");

    assertThat(events)
        .containsExactly(
            "token cli_observed refresh=false",
            "sent internOfferStatus POST #1",
            "answer 200 0 logId=true",
            "sent internOfferStatus POST #1",
            "answer 400 99991663 logId=true",
            "retry #2 token invalid (99991663): fetched a new one in 0 ms",
            "token cli_observed refresh=true",
            "sent internOfferStatus POST #2",
            "answer 200 0 logId=true");
  }

  @Test
  void throttleWaitsNameTheirCause() {
    simulator = fixture.start(simulator().limits(1, 60));
    OfferStatusClient server =
        client(Domain.FEISHU).withoutRateLimiting().build(); // Feishu throttles: 99991400
    server.cancelOnboarding("p1");
    server.cancelOnboarding("p2");

    assertThat(events).anyMatch(e -> e.matches("throttle SERVER_RATE_LIMITED \\d+ ms"));
    assertThat(events).anyMatch(e -> e.startsWith("retry #2 rate limited (99991400) in "));

    events.clear();
    OfferStatusClient paced =
        client(Domain.FEISHU)
            .rateLimiter(op -> SlidingWindowRateLimiter.create(new RateLimit(1, 60), time))
            .build();
    paced.confirmOnboarding("p3", LocalDate.of(2022, 1, 1));
    simulator.seed(Offer.pendingOnboarding("p4"));
    paced.confirmOnboarding("p4", LocalDate.of(2022, 1, 1));

    assertThat(events).anyMatch(e -> e.startsWith("throttle CLIENT_RATE_LIMIT "));
  }

  /**
   * What the CLI's batch relies on to journal a row as sending: {@code requestSent} is heard on the
   * calling thread, after the token fetch and the rate-limit permit, and never when the token fetch
   * fails (nothing left).
   */
  @Test
  void requestSentIsHeardOnTheCallingThreadAfterTheTokenAndThePermitOnly() {
    simulator = fixture.start(simulator());
    List<String> threads = new CopyOnWriteArrayList<>();
    OfferStatusListener onThread =
        new OfferStatusListener() {
          @Override
          public void requestSent(String operationId, String method, int attempt) {
            threads.add(Thread.currentThread().getName());
            recorder.requestSent(operationId, method, attempt);
          }

          @Override
          public void throttleWait(String operationId, Duration wait, ThrottleCause cause) {
            recorder.throttleWait(operationId, wait, cause);
          }

          @Override
          public void tokenFetched(String appId, boolean refresh, Duration lifetime) {
            recorder.tokenFetched(appId, refresh, lifetime);
          }
        };

    OfferStatusClient wrongSecret =
        client(Domain.FEISHU).appCredentials(APP, "not-the-secret").listener(onThread).build();
    assertThatThrownBy(() -> wrongSecret.cancelOnboarding("p1"))
        .isInstanceOfSatisfying(
            OfferStatusException.class, e -> assertThat(e.requestSent()).isFalse());
    assertThat(events).isEmpty();

    OfferStatusClient paced =
        client(Domain.FEISHU)
            .listener(onThread)
            .rateLimiter(op -> SlidingWindowRateLimiter.create(new RateLimit(1, 60), time))
            .build();
    paced.cancelOnboarding("p1");
    paced.cancelOnboarding("p2");

    assertThat(events)
        .extracting(e -> e.replaceAll(" \\d+ ms$", ""))
        .containsExactly(
            "token cli_observed refresh=false",
            "sent internOfferStatus POST #1",
            "throttle CLIENT_RATE_LIMIT",
            "sent internOfferStatus POST #1");
    assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Domain.class)
  void eachDomainPresetSendsTokenAndOperationToItsHost(Domain domain) {
    simulator = fixture.start(simulator());
    OfferStatusClient client = client(domain).build();

    OfferStatusResult result = client.cancelOnboarding("p1");

    assertThat(result.data().getOfferId()).isEqualTo("p1");
    String host = HttpUrl.get(domain.baseUrl()).host();
    assertThat(host).isEqualTo(domain == Domain.LARK ? "open.larksuite.com" : "open.feishu.cn");
    assertThat(hostsSeen).containsExactly(host, host);
    assertThat(client.toString()).contains("baseUrl=" + domain.baseUrl());
  }

  @Test
  void theMicrometerExampleCountsAnswersRetriesAndTokens() {
    simulator = fixture.start(simulator());
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    OfferStatusClient client =
        client(Domain.FEISHU).listener(new MicrometerListener(registry)).build();
    client.cancelOnboarding("p1");
    simulator.invalidateTokens();
    client.cancelOnboarding("p2");

    assertThat(registry.get("offerstatus.client.requests").tag("code", "0").timer().count())
        .isEqualTo(2);
    assertThat(registry.get("offerstatus.client.requests").tag("code", "99991663").timer().count())
        .isEqualTo(1);
    assertThat(registry.get("offerstatus.client.retries").counter().count()).isEqualTo(1);
    assertThat(
            registry
                .get("offerstatus.client.token.fetches")
                .tag("refresh", "true")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void theOpenTelemetryExampleRunsOnTheApiAlone() {
    simulator = fixture.start(simulator());
    OfferStatusClient client =
        client(Domain.FEISHU).listener(new OpenTelemetryListener(OpenTelemetry.noop())).build();

    assertThat(client.cancelOnboarding("p1").logId()).isNotBlank();
  }

  @Test
  void aThrowingListenerIsLoggedAndIgnored() {
    simulator = fixture.start(simulator());
    OfferStatusClient client =
        client(Domain.FEISHU)
            .listener(
                new OfferStatusListener() {
                  @Override
                  public void requestSent(String operationId, String method, int attempt) {
                    throw new IllegalStateException("boom");
                  }
                })
            .build();

    assertThat(client.cancelOnboarding("p1").logId()).isNotBlank();
    assertThat(CapturedLog.lines())
        .contains(
            "WARN dev.offerstatus.client: OfferStatusListener threw"
                + " java.lang.IllegalStateException: boom; ignored");
  }

  @Test
  void theProxyExampleOfTheReadmeBuilds() {
    // client/README.md, "Proxies and your own OkHttpClient"
    OkHttpClient http =
        new OkHttpClient.Builder()
            .proxy(
                new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.example.internal", 3128)))
            .build();
    OfferStatusClient client =
        OfferStatusClient.builder()
            .domain(Domain.LARK)
            .okHttpClient(http)
            .appCredentials("cli_a1b2c3", "app-secret")
            .build();

    assertThat(client.toString()).contains("baseUrl=https://open.larksuite.com/");
  }
}
