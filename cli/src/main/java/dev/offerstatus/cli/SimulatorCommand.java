package dev.offerstatus.cli;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.OutputOptions;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.simulator.SeedFile;
import dev.offerstatus.simulator.Simulator;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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

  @Option(
      names = "--app",
      paramLabel = "ID:SECRET",
      description =
          "An app that may fetch tokens; repeatable (default: "
              + Simulator.DEFAULT_APP_ID
              + ":"
              + Simulator.DEFAULT_APP_SECRET
              + ").")
  List<String> apps = new ArrayList<>();

  @Option(
      names = "--provider-states",
      description = "Turn on the Pact provider-state endpoint (off by default).")
  boolean providerStates;

  @Option(
      names = "--provider-state-key-file",
      paramLabel = "FILE",
      description =
          "Turn on the provider-state endpoint for requests whose header X-Provider-State-Key"
              + " holds the key in FILE, a file only you can read (needed off loopback). Else the"
              + " key comes from "
              + Simulator.PROVIDER_STATE_KEY_ENV
              + ", if set; never from an argument, which every user sees in ps.")
  Path providerStateKeyFile;

  /** Refused: a key on the command line shows in ps. */
  @Option(names = "--provider-state-key", hidden = true)
  String providerStateKeyArgument;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Console console = Console.of(spec, output);
    CliMessages t = console.messages;
    Simulator.Builder builder = Simulator.builder().bindAddress(bind);
    try {
      builder.port(port);
      if (seed != null) {
        byte[] bytes = CliInputFiles.read(seed, t);
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
      for (String app : apps) {
        int colon = app.indexOf(':');
        if (colon < 1 || colon == app.length() - 1) {
          throw new IllegalArgumentException(t.get("simulator.appFormat", app));
        }
        builder.app(app.substring(0, colon), app.substring(colon + 1));
      }
      if (providerStateKeyArgument != null) {
        throw new IllegalArgumentException(Simulator.PROVIDER_STATE_KEY_IN_ARGUMENTS);
      }
      if (providerStates) {
        builder.providerStates();
      }
      if (providerStateKeyFile != null) {
        builder.providerStateKeyFile(providerStateKeyFile);
      } else {
        builder.providerStateKeyFrom(System.getenv());
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
    boolean states = builder.providerStatesOn();
    Simulator.exposureWarning(bind, states)
        .ifPresent(warning -> console.notice(t.get("simulator.exposed", warning)));
    Simulator simulator;
    try {
      simulator = builder.start();
    } catch (UncheckedIOException | IllegalStateException e) {
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
    String appId = Simulator.DEFAULT_APP_ID;
    String appSecret = Simulator.DEFAULT_APP_SECRET;
    if (!apps.isEmpty()) {
      appId = apps.get(0).substring(0, apps.get(0).indexOf(':'));
      appSecret = apps.get(0).substring(apps.get(0).indexOf(':') + 1);
    }
    if (console.json) {
      java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
      doc.put("base_url", simulator.baseUrl());
      doc.put("app_id", appId);
      doc.put("app_secret", appSecret);
      doc.put("state_change_url", states ? simulator.stateChangeUrl() : null);
      console.printJson(doc);
    } else {
      console.ok(t.get("simulator.listening", simulator.baseUrl()));
      console.info(t.get("simulator.app", appId, appSecret));
      if (states) {
        console.info(t.get("simulator.states", simulator.stateChangeUrl()));
      }
    }
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
