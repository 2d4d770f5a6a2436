package dev.offerstatus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockWebServerExtensionTest {
  @RegisterExtension final MockWebServerExtension mock = new MockWebServerExtension();
  private final MockWebServer server = mock.server();
  private final String urlAtConstruction = server.url("/").toString();

  @Test
  void theServerAnswersOnLoopbackDuringTheTest() throws Exception {
    server.enqueue(new MockResponse().setBody("hello"));

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(urlAtConstruction + "x")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.body()).isEqualTo("hello");
    assertThat(server.takeRequest().getPath()).isEqualTo("/x");
    assertThat(urlAtConstruction).startsWith("http://").endsWith("/");
  }

  @AfterEach
  void stillUpBeforeTheExtensionShutsItDown() {
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
