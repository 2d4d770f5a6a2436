package dev.offerstatus.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.sdk.api.OfferApi;
import dev.offerstatus.spec.ContractModel;
import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The test fixture of the generated client on the wire: for each test a real loopback server
 * (MockWebServer) and the generated {@link OfferApi} pointed at it, and the spec's named examples.
 * Register it with {@code @RegisterExtension final LoopbackOfferApi wire = new
 * LoopbackOfferApi(mapper);}.
 */
final class LoopbackOfferApi implements BeforeEachCallback, AfterEachCallback {
  private final ObjectMapper mapper;
  private MockWebServer server;
  private OfferApi api;

  private static final class Examples {
    static final JsonNode ALL = ContractModel.fromClasspath().document().at("/components/examples");
  }

  /** The client converts bodies with {@code mapper}. */
  LoopbackOfferApi(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.start();
    api =
        new Retrofit.Builder()
            .baseUrl(server.url("/"))
            .addConverterFactory(JacksonConverterFactory.create(mapper))
            .build()
            .create(OfferApi.class);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    server.shutdown();
  }

  /** This test's loopback server. */
  MockWebServer server() {
    return server;
  }

  /** The generated client, pointed at {@link #server()}. */
  OfferApi api() {
    return api;
  }

  /** The value of the spec's {@code #/components/examples/<name>}. */
  static JsonNode exampleValue(String name) {
    return Examples.ALL.at("/" + name + "/value");
  }

  /** The value of the spec's {@code #/components/examples/<name>} as JSON text. */
  String example(String name) throws IOException {
    return mapper.writeValueAsString(exampleValue(name));
  }
}
