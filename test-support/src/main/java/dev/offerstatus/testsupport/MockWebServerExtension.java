package dev.offerstatus.testsupport;

import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One MockWebServer on loopback per test, shut down after the test whatever its outcome. Register
 * it on an instance field and take its server in the next field:
 *
 * <pre>{@code
 * @RegisterExtension final MockWebServerExtension mock = new MockWebServerExtension();
 * private final MockWebServer server = mock.server();
 * }</pre>
 *
 * <p>A field initialiser may already call {@code server.url(..)}, which starts the server; the
 * extension starts it before the test otherwise.
 */
public final class MockWebServerExtension implements BeforeEachCallback, AfterEachCallback {
  private final MockWebServer server = new MockWebServer();

  /** The test's server; enqueue answers or set a dispatcher on it. */
  public MockWebServer server() {
    return server;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.getPort(); // starts the server unless a field initialiser already did
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    server.shutdown();
  }
}
