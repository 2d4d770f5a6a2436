package dev.offerstatus.cli;

import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.Simulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulator in this JVM for each test (started before it with the test app and {@code seed},
 * closed after it), and the packaged CLI with that app's credentials: {@code @RegisterExtension
 * final SimulatorFixture simulator = SimulatorFixture.seeded(...)}.
 */
final class SimulatorFixture implements BeforeEachCallback, AfterEachCallback {
  static final String APP_ID = "cli_test";
  static final String APP_SECRET = "test_secret";

  private final List<Offer> seed;
  private Simulator simulator;

  private SimulatorFixture(List<Offer> seed) {
    this.seed = seed;
  }

  static SimulatorFixture seeded(Offer... seed) {
    return new SimulatorFixture(List.of(seed));
  }

  /** The CLI with HOME in {@code dir} and the test app's credentials in the environment. */
  static Cli cli(Path dir) {
    return Cli.in(dir).env("FEISHU_APP_ID", APP_ID).env("FEISHU_APP_SECRET", APP_SECRET);
  }

  /** This test's simulator. */
  Simulator get() {
    return simulator;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator = Simulator.builder().app(APP_ID, APP_SECRET).seed(seed).start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    simulator.close();
  }
}
