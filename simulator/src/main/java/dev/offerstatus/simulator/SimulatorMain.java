package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredRateLimit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Starts the simulator from the command line and runs it until the process is stopped. */
public final class SimulatorMain {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar simulator/target/offer-status-simulator-<version>.jar [options]",
          "  (or: java -cp <classpath> dev.offerstatus.simulator.SimulatorMain [options])",
          "",
          "A stand-in for Feishu's intern offer status endpoint and its token endpoint.",
          "",
          "Options:",
          "  --port N             port to listen on (default 8080; 0 picks a free port)",
          "  --bind ADDRESS       address to bind (default 127.0.0.1)",
          "  --seed FILE          JSON seed file: {\"offers\": [{\"offer_id\": \"...\", \"state\":"
              + " \"pending_onboarding\"}]}",
          "  --app ID:SECRET      an app that may fetch tokens; repeatable (default "
              + Simulator.DEFAULT_APP_ID
              + ":"
              + Simulator.DEFAULT_APP_SECRET
              + ")",
          "  --per-second N       rate limit per app and second (default: the spec's x-rate-limit)",
          "  --per-minute N       rate limit per app and minute (default: the spec's x-rate-limit)",
          "  --no-limits          no rate limiting",
          "  --window-offset-ms N rate windows start N ms after the epoch's second/minute",
          "  --token-ttl SECONDS  token lifetime and the token endpoint's expire (default 7200)",
          "  --max-body-bytes N   largest request body read (default 1048576); larger: 413",
          "  --request-timeout S  seconds a request (and its answer) may take before the",
          "                       connection is closed (default 10)",
          "  --provider-states    turn on the Pact provider-state endpoint (off by default)",
          "  --provider-state-key KEY",
          "                       turn it on, accepting only requests with header",
          "                       " + ProviderStateGate.KEY_HEADER + ": KEY (needed off loopback)",
          "  --help               print this help and exit",
          "",
          "Provider states (with --provider-states): POST {\"state\": ..., \"params\": {...},",
          "\"action\": \"setup\"} as application/json to http://<bind>:<port>/"
              + Simulator.STATE_CHANGE_PATH,
          "",
          "Statistics: GET http://<bind>:<port>" + SimulatorStats.PATH + " answers per operation",
          "and code since the start (JSON); the same summary is printed at shutdown.",
          "Security notes: docs/security.md");

  /** Parsed command-line options. */
  record Options(
      boolean help,
      int port,
      String bind,
      Path seed,
      List<String[]> apps,
      Integer perSecond,
      Integer perMinute,
      boolean noLimits,
      Duration windowOffset,
      Duration tokenTtl,
      Integer maxBodyBytes,
      Integer requestTimeout,
      boolean providerStates,
      String providerStateKey) {

    Simulator.Builder builder() {
      Simulator.Builder builder = Simulator.builder().port(port).bindAddress(bind);
      apps.forEach(app -> builder.app(app[0], app[1]));
      if (seed != null) {
        builder.seedFile(seed);
      }
      if (perSecond != null || perMinute != null) {
        DeclaredRateLimit spec =
            ContractModel.fromClasspath()
                .requireOperation(SimulatorHandler.WRITE_OPERATION)
                .requireRateLimit();
        builder.limits(
            perSecond == null ? spec.perSecond().orElse(Integer.MAX_VALUE) : perSecond,
            perMinute == null ? spec.perMinute().orElse(Integer.MAX_VALUE) : perMinute);
      }
      if (noLimits) {
        builder.limitsOff();
      }
      if (maxBodyBytes != null) {
        builder.maxBodyBytes(maxBodyBytes);
      }
      if (providerStateKey != null) {
        builder.providerStateKey(providerStateKey);
      } else if (providerStates) {
        builder.providerStates();
      }
      return builder.windowOffset(windowOffset).tokenTtl(tokenTtl);
    }
  }

  private SimulatorMain() {}

  /** Runs the simulator; exits with 2 on a usage error, 1 when it cannot start. */
  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.out, System.err);
    if (status >= 0) {
      System.exit(status);
    }
    new CountDownLatch(1).await();
  }

  /** Starts the simulator; returns an exit status, or -1 when the simulator is running. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    if (options.requestTimeout() != null) {
      RequestTimeouts.set(options.requestTimeout(), true); // before the JVM's first HTTP server
    }
    String exposure = BindCheck.warning(options.bind(), options.providerStates());
    if (exposure != null) {
      err.println("warning: " + exposure);
    }
    Simulator simulator;
    try {
      simulator = options.builder().start();
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  simulator.close();
                  out.println(simulator.statsSummary());
                  out.flush();
                },
                "simulator-shutdown"));
    out.println("offer-status simulator listening on " + simulator.baseUrl());
    if (options.providerStates() || options.providerStateKey() != null) {
      out.println("provider-state change URL: " + simulator.stateChangeUrl());
    }
    out.flush();
    return -1;
  }

  static Options parse(String[] args) {
    boolean help = false;
    int port = 8080;
    String bind = "127.0.0.1";
    Path seed = null;
    List<String[]> apps = new ArrayList<>();
    Integer perSecond = null;
    Integer perMinute = null;
    boolean noLimits = false;
    Duration windowOffset = Duration.ZERO;
    Duration tokenTtl = ContractModel.fromClasspath().tokenPolicy().orElseThrow().maxLifetime();
    Integer maxBodyBytes = null;
    Integer requestTimeout = null;
    boolean providerStates = false;
    String providerStateKey = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--no-limits" -> noLimits = true;
        case "--port" -> port = number(arg, value(args, ++i, arg), 0);
        case "--bind" -> bind = value(args, ++i, arg);
        case "--seed" -> seed = Path.of(value(args, ++i, arg));
        case "--app" -> {
          String value = value(args, ++i, arg);
          int colon = value.indexOf(':');
          if (colon < 1 || colon == value.length() - 1) {
            throw new IllegalArgumentException("--app expects ID:SECRET, got \"" + value + "\"");
          }
          apps.add(new String[] {value.substring(0, colon), value.substring(colon + 1)});
        }
        case "--per-second" -> perSecond = number(arg, value(args, ++i, arg), 1);
        case "--per-minute" -> perMinute = number(arg, value(args, ++i, arg), 1);
        case "--window-offset-ms" ->
            windowOffset = Duration.ofMillis(number(arg, value(args, ++i, arg), 0));
        case "--token-ttl" -> tokenTtl = Duration.ofSeconds(number(arg, value(args, ++i, arg), 1));
        case "--max-body-bytes" -> maxBodyBytes = number(arg, value(args, ++i, arg), 1);
        case "--request-timeout" -> requestTimeout = number(arg, value(args, ++i, arg), 1);
        case "--provider-states" -> providerStates = true;
        case "--provider-state-key" -> {
          providerStateKey = value(args, ++i, arg);
          if (providerStateKey.isBlank()) {
            throw new IllegalArgumentException("--provider-state-key must not be blank");
          }
          providerStates = true;
        }
        default -> throw new IllegalArgumentException("unknown option \"" + arg + "\"");
      }
    }
    return new Options(
        help,
        port,
        bind,
        seed,
        apps,
        perSecond,
        perMinute,
        noLimits,
        windowOffset,
        tokenTtl,
        maxBodyBytes,
        requestTimeout,
        providerStates,
        providerStateKey);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int number(String option, String value, int min) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        option + " expects a whole number >= " + min + ", got \"" + value + "\"");
  }
}
