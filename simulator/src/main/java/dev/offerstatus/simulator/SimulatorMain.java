package dev.offerstatus.simulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Starts the simulator from the command line and runs it until the process is stopped. */
public final class SimulatorMain {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar simulator/target/offer-status-simulator-<version>.jar [options]",
          "  (or: java -cp <classpath> dev.offerstatus.simulator.SimulatorMain [options])",
          "",
          "A stand-in for Feishu serving every operation of the spec and its token endpoint.",
          "",
          "Options:",
          "  --port N             port to listen on (default 8080; 0 picks a free port)",
          "  --bind ADDRESS       address to bind (default 127.0.0.1)",
          "  --spec FILE          serve this OpenAPI file instead of the spec shipped in the jar",
          "  --seed FILE          JSON seed file: {\"offers\": [{\"offer_id\": \"...\", \"state\":"
              + " \"pending_onboarding\"}]}",
          "  --app ID:SECRET      an app that may fetch tokens; repeatable (default "
              + Simulator.DEFAULT_APP_ID
              + ":"
              + Simulator.DEFAULT_APP_SECRET
              + ")",
          "  --per-second N       limit per app of a one-second window, for every operation",
          "                       (default: each operation's x-rate-limit)",
          "  --per-minute N       limit per app of a one-minute window, for every operation",
          "                       (default: each operation's x-rate-limit)",
          "  --no-limits          no rate limiting",
          "  --window-offset-ms N rate windows start N ms after the epoch's second/minute",
          "  --token-ttl SECONDS  token lifetime and the token endpoint's expire (default: the",
          "                       spec's x-token-policy, 7200)",
          "  --max-body-bytes N   largest request body read (default 1048576); larger: 413",
          "  --request-timeout S  seconds a request (and its answer) may take before the",
          "                       connection is closed (default 10)",
          "  --max-concurrent-requests N",
          "                       requests in progress at once, each on a thread of its own",
          "                       (default "
              + Simulator.DEFAULT_MAX_CONCURRENT_REQUESTS
              + "); beyond that a connection is closed at once",
          "  --provider-states    turn on the Pact provider-state endpoint (off by default)",
          "  --provider-state-key-file FILE",
          "                       turn it on, accepting only requests whose header",
          "                       "
              + ProviderStateGate.KEY_HEADER
              + " holds the key in FILE (a file",
          "                       only you can read); needed off loopback",
          "",
          "Environment:",
          "  " + Simulator.PROVIDER_STATE_KEY_ENV + "",
          "                       the provider-state key, when no key file is given (turns",
          "                       provider states on). Never pass a key as an argument: every",
          "                       user of the host sees arguments in ps",
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
      Path spec,
      Path seed,
      List<String[]> apps,
      Integer perSecond,
      Integer perMinute,
      boolean noLimits,
      Duration windowOffset,
      Duration tokenTtl,
      Integer maxBodyBytes,
      Integer requestTimeout,
      Integer maxConcurrentRequests,
      boolean providerStates,
      Path providerStateKeyFile) {

    /** The simulator these options describe; the provider-state key file, else the variable. */
    Simulator.Builder builder(Map<String, String> environment) {
      Simulator.Builder builder = Simulator.builder().port(port).bindAddress(bind);
      apps.forEach(app -> builder.app(app[0], app[1]));
      if (seed != null) {
        builder.seedFile(seed);
      }
      if (spec != null) {
        builder.specFile(spec);
      }
      if (perSecond != null) {
        builder.window(Duration.ofSeconds(1), perSecond);
      }
      if (perMinute != null) {
        builder.window(Duration.ofMinutes(1), perMinute);
      }
      if (noLimits) {
        builder.limitsOff();
      }
      if (maxBodyBytes != null) {
        builder.maxBodyBytes(maxBodyBytes);
      }
      if (maxConcurrentRequests != null) {
        builder.maxConcurrentRequests(maxConcurrentRequests);
      }
      if (providerStates) {
        builder.providerStates();
      }
      if (providerStateKeyFile != null) {
        builder.providerStateKeyFile(providerStateKeyFile);
      } else {
        builder.providerStateKeyFrom(environment);
      }
      if (tokenTtl != null) {
        builder.tokenTtl(tokenTtl);
      }
      return builder.windowOffset(windowOffset);
    }
  }

  private SimulatorMain() {}

  /** Runs the simulator; exits with 2 on a usage error, 1 when it cannot start. */
  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status >= 0) {
      System.exit(status);
    }
    new CountDownLatch(1).await();
  }

  /** Starts the simulator; returns an exit status, or -1 when the simulator is running. */
  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
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
    Simulator.Builder builder;
    try {
      builder = options.builder(environment);
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    String exposure = BindCheck.warning(options.bind(), builder.providerStatesOn());
    if (exposure != null) {
      err.println("warning: " + exposure);
    }
    Simulator simulator;
    try {
      simulator = builder.start();
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
    if (builder.providerStatesOn()) {
      out.println("provider-state change URL: " + simulator.stateChangeUrl());
    }
    out.flush();
    return -1;
  }

  static Options parse(String[] args) {
    boolean help = false;
    int port = 8080;
    String bind = "127.0.0.1";
    Path spec = null;
    Path seed = null;
    List<String[]> apps = new ArrayList<>();
    Integer perSecond = null;
    Integer perMinute = null;
    boolean noLimits = false;
    Duration windowOffset = Duration.ZERO;
    Duration tokenTtl = null;
    Integer maxBodyBytes = null;
    Integer requestTimeout = null;
    Integer maxConcurrentRequests = null;
    boolean providerStates = false;
    Path providerStateKeyFile = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--no-limits" -> noLimits = true;
        case "--port" -> port = number(arg, value(args, ++i, arg), 0);
        case "--bind" -> bind = value(args, ++i, arg);
        case "--spec" -> spec = Path.of(value(args, ++i, arg));
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
        case "--max-concurrent-requests" ->
            maxConcurrentRequests = number(arg, value(args, ++i, arg), 1);
        case "--provider-states" -> providerStates = true;
        case "--provider-state-key-file" -> providerStateKeyFile = Path.of(value(args, ++i, arg));
        case "--provider-state-key" ->
            throw new IllegalArgumentException(Simulator.PROVIDER_STATE_KEY_IN_ARGUMENTS);
        default -> throw new IllegalArgumentException("unknown option \"" + arg + "\"");
      }
    }
    return new Options(
        help,
        port,
        bind,
        spec,
        seed,
        apps,
        perSecond,
        perMinute,
        noLimits,
        windowOffset,
        tokenTtl,
        maxBodyBytes,
        requestTimeout,
        maxConcurrentRequests,
        providerStates,
        providerStateKeyFile);
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
