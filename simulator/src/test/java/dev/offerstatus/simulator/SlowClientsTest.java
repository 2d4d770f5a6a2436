package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that stall in their headers or body hold no thread a well-behaved client needs. Before
 * the fix (a fixed pool of 16 threads) a well-behaved request waited until the JDK server timed out
 * a stalled one (the request timeout, 10 s); now it is answered while every stalled request is
 * still open, well within that timeout.
 */
class SlowClientsTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";

  @Test
  void fortyStalledClientsDoNotDelayWellBehavedOnes() throws Exception {
    try (Simulator simulator = Simulator.builder().start()) {
      Duration timeout = Duration.ofSeconds(RequestTimeouts.requestSeconds());
      assertThat(token(simulator.port(), timeout).statusCode()).isEqualTo(200); // warm
      List<Socket> stalled = stall(simulator.port(), 40);
      try {
        awaitInProgress(simulator, 40); // before the fix: 16 at most, the rest queued

        for (int i = 0; i < 4; i++) {
          // Answered before the JDK server could time out a single stalled request: before the
          // fix this waited for that timeout.
          HttpResponse<String> answer = token(simulator.port(), timeout);

          assertThat(answer.statusCode()).isEqualTo(200);
          assertThat(answer.body()).contains("\"tenant_access_token\":\"t-");
        }
        // all 40 still stalled (the last answer's own thread may not have ended yet)
        assertThat(simulator.requestsInProgress()).isBetween(40, 41);
      } finally {
        closeAll(stalled);
      }
    }
  }

  @Test
  void requestsBeyondTheCapAreClosedAtOnceAndServingResumesWhenTheStallsEnd() throws Exception {
    try (Simulator simulator = Simulator.builder().threads(2).maxConcurrentRequests(4).start()) {
      List<Socket> stalled = stall(simulator.port(), 4);
      awaitInProgress(simulator, 4);

      // A fifth request is not queued behind the stalls: its connection is closed at once.
      assertThatThrownBy(() -> token(simulator.port(), Duration.ofSeconds(5)))
          .isInstanceOf(IOException.class)
          .isNotInstanceOf(java.net.http.HttpTimeoutException.class);

      closeAll(stalled);
      awaitInProgress(simulator, 0);
      assertThat(token(simulator.port(), Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
    }
  }

  /** Opens {@code count} connections, half stalled in their headers, half in their body. */
  private static List<Socket> stall(int port, int count) throws IOException {
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket("127.0.0.1", port);
      String partial =
          i % 2 == 0
              ? "POST " + TOKEN_PATH + " HTTP/1.1\r\nHo"
              : "POST "
                  + TOKEN_PATH
                  + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 100\r\n\r\n{\"app_id\":";
      socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      sockets.add(socket);
    }
    return sockets;
  }

  private static void awaitInProgress(Simulator simulator, int expected)
      throws InterruptedException {
    for (int i = 0; i < 500 && simulator.requestsInProgress() != expected; i++) {
      Thread.sleep(10);
    }
    assertThat(simulator.requestsInProgress()).isEqualTo(expected);
  }

  private static void closeAll(List<Socket> sockets) throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private static HttpResponse<String> token(int port, Duration timeout)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + TOKEN_PATH))
            .timeout(timeout)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"app_id\":\"cli_simulator\",\"app_secret\":\"simulator_secret\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
