package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorStatsTest {
  private static final String CANCEL = "{\"operation\":\"cancel_onboarding\"}";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final Simulator simulator =
      Simulator.builder()
          .app("cli_a", "secret_a")
          .clock(clock)
          .limits(2, 100)
          .seed(Offer.pendingOnboarding("o1"), Offer.pendingOnboarding("o2"))
          .start();

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void statsCountAnswersPerOperationAndCodeAndAreNotThemselvesCounted() throws Exception {
    Http http = new Http(simulator.baseUrl());
    String token = http.token("cli_a", "secret_a").body().path("tenant_access_token").asText();
    http.offer(token, "o1", CANCEL);
    http.offer(token, "o2", CANCEL);
    http.offer(token, "o3", CANCEL); // third in the second: 99991400
    http.post("open-apis/nowhere", null, "{}");

    String expected =
        "{\"since\":\"2026-12-01T10:00:00Z\",\"answers\":5,"
            + "\"answers_by_code\":{\"0\":3,\"404\":1,\"99991400\":1},"
            + "\"operations\":{"
            + "\"internOfferStatus\":{\"answers\":3,\"answers_by_code\":{\"0\":2,\"99991400\":1}},"
            + "\"tenantAccessTokenInternal\":{\"answers\":1,\"answers_by_code\":{\"0\":1}},"
            + "\"unrouted\":{\"answers\":1,\"answers_by_code\":{\"404\":1}}}}";
    assertThat(new ObjectMapper().readTree(get("_simulator/stats")))
        .isEqualTo(new ObjectMapper().readTree(expected));
    assertThat(new ObjectMapper().readTree(get("_simulator/stats")))
        .isEqualTo(new ObjectMapper().readTree(expected));
    assertThat(simulator.answers("internOfferStatus", 99991400)).isEqualTo(1);
    assertThat(simulator.statsSummary())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "simulator answers since 2026-12-01T10:00:00Z:",
                "  internOfferStatus: 3 answers (0 x 2, 99991400 x 1)",
                "  tenantAccessTokenInternal: 1 answer (0 x 1)",
                "  unrouted: 1 answer (404 x 1)"));
  }

  @Test
  void aSimulatorWithoutTrafficSaysSo() {
    assertThat(simulator.statsSummary())
        .isEqualTo("simulator answers since 2026-12-01T10:00:00Z: none");
  }

  @Test
  void theStandaloneSimulatorPrintsTheSummaryAtShutdown() throws Exception {
    assertThat(SimulatorMain.USAGE)
        .contains(
            "Statistics: GET http://<bind>:<port>/_simulator/stats answers per operation\n"
                + "and code since the start (JSON); the same summary is printed at shutdown.");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SimulatorMain.class.getName(),
                "--port",
                "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String listening = out.readLine();
      assertThat(listening).startsWith("offer-status simulator listening on ");
      String baseUrl = listening.substring("offer-status simulator listening on ".length());
      new Http(baseUrl).token(Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET);
      process.toHandle().destroy(); // SIGTERM, streams left open: the shutdown hook prints
      List<String> rest = out.lines().toList();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(rest.get(rest.size() - 2)).startsWith("simulator answers since ");
      assertThat(rest.get(rest.size() - 1))
          .isEqualTo("  tenantAccessTokenInternal: 1 answer (0 x 1)");
    } finally {
      process.destroyForcibly();
    }
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    return response.body();
  }
}
