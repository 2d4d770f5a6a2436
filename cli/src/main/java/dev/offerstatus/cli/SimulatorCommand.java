package dev.offerstatus.cli;

import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.SeedFile;
import dev.offerstatus.simulator.Simulator;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the provider simulator until the process is stopped. */
@Command(
    name = "simulator",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the provider simulator (a stand-in Feishu for this endpoint and its token endpoint)"
          + " and runs until stopped (Ctrl-C).",
      "Its app: FEISHU_APP_ID="
          + Simulator.DEFAULT_APP_ID
          + " FEISHU_APP_SECRET="
          + Simulator.DEFAULT_APP_SECRET
          + "."
    },
    footer = {
      "",
      "Example:",
      "  ./offer-status simulator --port 8080 --seed cli/examples/seed.json",
      "  FEISHU_APP_ID="
          + Simulator.DEFAULT_APP_ID
          + " FEISHU_APP_SECRET="
          + Simulator.DEFAULT_APP_SECRET
          + " \\",
      "      ./offer-status batch cli/examples/batch.csv \\",
      "      --base-url http://127.0.0.1:8080/"
    })
final class SimulatorCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--seed", paramLabel = "FILE", description = "JSON seed file of offers.")
  Path seed;

  @Option(
      names = "--per-second",
      paramLabel = "N",
      description = "Rate limit per second (default: the spec's x-rate-limit).")
  Integer perSecond;

  @Option(
      names = "--per-minute",
      paramLabel = "N",
      description = "Rate limit per minute (default: the spec's x-rate-limit).")
  Integer perMinute;

  @Option(names = "--no-limits", description = "No rate limiting.")
  boolean noLimits;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Console console = Console.of(spec, output);
    Texts t = console.texts;
    Simulator.Builder builder = Simulator.builder().bindAddress(bind);
    try {
      builder.port(port);
      if (seed != null) {
        byte[] bytes = InputFiles.read(seed, t);
        List<Offer> offers =
            SeedFile.parse(seed.toString(), new String(bytes, StandardCharsets.UTF_8));
        builder.seed(offers);
      }
      if (perSecond != null || perMinute != null) {
        dev.offerstatus.client.RateLimit spec = dev.offerstatus.client.RateLimit.fromSpec();
        builder.limits(
            perSecond == null ? spec.perSecond() : perSecond,
            perMinute == null ? spec.perMinute() : perMinute);
      }
      if (noLimits) {
        builder.limitsOff();
      }
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
    Simulator simulator;
    try {
      simulator = builder.start();
    } catch (UncheckedIOException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  simulator.close();
                  System.err.println(simulator.statsSummary()); // stdout may be --json
                },
                "simulator-shutdown"));
    if (console.json) {
      console.printJson(
          java.util.Map.of(
              "base_url", simulator.baseUrl(),
              "app_id", Simulator.DEFAULT_APP_ID,
              "app_secret", Simulator.DEFAULT_APP_SECRET));
    } else {
      console.ok(t.get("simulator.listening", simulator.baseUrl()));
      console.info(t.get("simulator.app", Simulator.DEFAULT_APP_ID, Simulator.DEFAULT_APP_SECRET));
    }
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
