package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A tiny JSON-over-HTTP client for the tests. */
final class Http {
  static final String OFFER_PATH = "open-apis/hire/v1/offers/%s/intern_offer_status";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    int code() {
      return body.path("code").asInt();
    }

    String msg() {
      return body.path("msg").asText();
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;

  Http(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Answer post(String path, String authorization, String body) {
    return post(path, authorization, body, Map.of());
  }

  Answer post(String path, String authorization, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request, authorization);
  }

  Answer patch(String path, String authorization, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)),
        authorization);
  }

  Answer get(String pathAndQuery, String authorization) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .GET(),
        authorization);
  }

  private Answer send(HttpRequest.Builder request, String authorization) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), MAPPER.readTree(response.body()), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer token(String appId, String secret) {
    return post(
        "open-apis/auth/v3/tenant_access_token/internal",
        null,
        "{\"app_id\":\"" + appId + "\",\"app_secret\":\"" + secret + "\"}");
  }

  Answer offer(String token, String offerId, String body) {
    return post(OFFER_PATH.formatted(offerId), token == null ? null : "Bearer " + token, body);
  }

  Answer state(String body) {
    return post(Simulator.STATE_CHANGE_PATH, null, body);
  }
}
