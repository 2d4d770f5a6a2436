package dev.offerstatus.cli;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.fetch.DocFetcher;
import dev.offerstatus.checks.fetch.DocSource;
import dev.offerstatus.checks.fetch.FetchConfig;
import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.OutputOptions;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The Maven goal fetch-doc as a command: the same fetcher, the same defaults. */
@Command(
    name = "fetch-doc",
    mixinStandardHelpOptions = true,
    description = {
      "Downloads each doc page the spec names (x-upstream-doc source_url) from the doc site's",
      "document-detail endpoint and writes its snapshot beside the spec. An unchanged page",
      "leaves its snapshot untouched; a failure changes no snapshot."
    },
    footer = {
      "",
      "Exit status: 0 fetched, 2 unusable spec or options, 3 the doc site failed.",
      "",
      "Examples:",
      "  ./offer-status fetch-doc --spec spec/src/main/resources/META-INF/offer-status-kit/openapi.yaml",
      "  ./offer-status fetch-doc --spec openapi.yaml --base-url http://127.0.0.1:8080"
    })
final class FetchDocCommand implements Callable<Integer> {
  @Option(
      names = "--spec",
      required = true,
      paramLabel = "FILE",
      description = "The OpenAPI spec; snapshots are written relative to its folder.")
  Path spec;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = DocSource.DEFAULT_BASE_URL,
      description = "The doc site (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Option(
      names = "--endpoint",
      paramLabel = "PATH",
      defaultValue = DocSource.DEFAULT_ENDPOINT,
      description = "The document-detail endpoint with {fullPath} (default: ${DEFAULT-VALUE}).")
  String endpoint;

  @Option(
      names = "--path",
      paramLabel = "SOURCE_URL=FULL_PATH",
      description = "An explicit page path, for a page whose fullPath is not its URL's path.")
  Map<String, String> paths = new LinkedHashMap<>();

  @Option(
      names = "--connect-timeout",
      paramLabel = "MS",
      defaultValue = "10000",
      description = "Milliseconds to wait for a connection (default: ${DEFAULT-VALUE}).")
  int connectTimeout;

  @Option(
      names = "--read-timeout",
      paramLabel = "MS",
      defaultValue = "30000",
      description = "Milliseconds to wait for an answer (default: ${DEFAULT-VALUE}).")
  int readTimeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "2",
      description = "Retries of a 5xx, 429 or broken connection (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--proxy",
      paramLabel = "HOST:PORT",
      description = "An HTTP proxy for the doc site.")
  String proxy;

  @Mixin OutputOptions output;

  @Spec CommandSpec commandSpec;

  @Override
  public Integer call() {
    Console console = Console.of(commandSpec, output);
    FetchConfig config;
    try {
      config =
          FetchConfig.defaults(spec, Path.of("").toAbsolutePath())
              .withSource(new DocSource(URI.create(baseUrl), endpoint, paths))
              .withPatience(
                  Duration.ofMillis(connectTimeout),
                  Duration.ofMillis(readTimeout),
                  retries,
                  Duration.ofSeconds(1));
      if (proxy != null) {
        int colon = proxy.lastIndexOf(':');
        config =
            config.withProxy(
                ProxySelector.of(
                    InetSocketAddress.createUnresolved(
                        proxy.substring(0, colon), Integer.parseInt(proxy.substring(colon + 1)))),
                null);
      }
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw new CliException(ExitCodes.USAGE, "fetch-doc: " + e.getMessage(), e);
    }
    List<DocFetcher.PageResult> results;
    try {
      results = DocFetcher.run(config);
    } catch (CheckInputException e) {
      int status = e.getMessage().startsWith("GET ") ? ExitCodes.TRANSPORT : ExitCodes.USAGE;
      throw new CliException(status, "fetch-doc: " + e.getMessage(), e);
    }
    for (DocFetcher.PageResult r : results) {
      console.info(
          r.snapshot()
              + " "
              + r.outcome().name().toLowerCase(Locale.ROOT)
              + " (last_remote_update "
              + (r.lastRemoteUpdate() == null ? "unknown" : r.lastRemoteUpdate())
              + ", "
              + r.page().sourceUrl()
              + ")");
    }
    return ExitCodes.OK;
  }
}
