package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
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
          "  --help               print this help and exit",
          "",
          "Provider states: POST {\"state\": ..., \"params\": {...}, \"action\": \"setup\"} to",
          "http://<bind>:<port>/" + Simulator.STATE_CHANGE_PATH);

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
      Duration tokenTtl) {

    Simulator.Builder builder() {
      Simulator.Builder builder = Simulator.builder().port(port).bindAddress(bind);
      apps.forEach(app -> builder.app(app[0], app[1]));
      if (seed != null) {
        builder.seedFile(seed);
      }
      if (perSecond != null || perMinute != null) {
        ContractModel.RateLimit spec =
            ContractModel.fromClasspath()
                .requireOperation(SimulatorHandler.WRITE_OPERATION)
                .requireRateLimit();
        builder.limits(
            perSecond == null ? spec.perSecond() : perSecond,
            perMinute == null ? spec.perMinute().orElse(Integer.MAX_VALUE) : perMinute);
      }
      if (noLimits) {
        builder.limitsOff();
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
    Simulator simulator;
    try {
      simulator = options.builder().start();
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
    out.println("offer-status simulator listening on " + simulator.baseUrl());
    out.println("provider-state change URL: " + simulator.stateChangeUrl());
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
        default -> throw new IllegalArgumentException("unknown option \"" + arg + "\"");
      }
    }
    return new Options(
        help, port, bind, seed, apps, perSecond, perMinute, noLimits, windowOffset, tokenTtl);
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
