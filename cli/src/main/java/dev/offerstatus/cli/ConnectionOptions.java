package dev.offerstatus.cli;

import dev.offerstatus.client.OfferStatusClient;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where requests go and how they authenticate; credentials never come from the command line. */
final class ConnectionOptions {
  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = OfferStatusClient.DEFAULT_BASE_URL,
      description = "Feishu base URL, ending with '/' (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Option(
      names = "--domain",
      paramLabel = "feishu|lark",
      description =
          "Open platform: feishu (https://open.feishu.cn/, the default) or lark"
              + " (https://open.larksuite.com/); instead of --base-url.")
  String domain;

  @Option(
      names = "--simulator",
      description =
          "Run against an in-process provider simulator: no Feishu app, no credentials needed.")
  boolean simulator;

  @Option(
      names = "--seed",
      paramLabel = "FILE",
      description =
          "With --simulator: the simulator's offers (JSON seed file). Default: every offer named"
              + " starts in the state its first operation needs.")
  Path seed;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Properties file with app_id and app_secret (default:"
              + " ~/.config/offer-status/config.properties). Environment: FEISHU_APP_ID,"
              + " FEISHU_APP_SECRET, FEISHU_TENANT_ACCESS_TOKEN.")
  Path config;

  @Option(
      names = "--redis",
      paramLabel = "URI",
      description =
          "Share the app's rate limit with every other process using this Redis"
              + " (redis://[[user]:password@]host[:port][/db], rediss:// for TLS). Environment:"
              + " OFFER_STATUS_REDIS_URL.")
  String redis;

  @Option(
      names = "--rate",
      paramLabel = "N",
      description =
          "Status updates per second, at most the write's x-rate-limit (default: that limit);"
              + " reads (show, list, a batch's read-back) go at their own operation's limit.")
  Integer rate;

  @Option(
      names = "--unthrottled",
      hidden = true,
      description =
          "Benchmarks only: no client-side rate limit; needs a loopback --base-url (a simulator"
              + " started with --no-limits).")
  boolean unthrottled;
}
