package dev.offerstatus.cli;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.sdk.SdkArtifact;
import dev.offerstatus.checks.sdk.SdkCheck;
import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.OutputOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The Maven goal check-sdk as a command: the same check, the same defaults. */
@Command(
    name = "check-sdk",
    mixinStandardHelpOptions = true,
    description = {
      "Compares each operation of the spec with Feishu's official Java SDK",
      "(com.larksuite.oapi:oapi-sdk): parameters, request and response fields, types and the",
      "enum values the SDK states. Reads the SDK jar offline from a local Maven repository."
    },
    footer = {
      "",
      "Exit status: 0 no difference (or differences without --fail-on-difference),"
          + " 1 differences with --fail-on-difference, 2 unusable spec, options or SDK version.",
      "",
      "Examples:",
      "  ./offer-status check-sdk --spec spec/src/main/resources/META-INF/offer-status-kit/openapi.yaml",
      "  ./offer-status check-sdk --spec openapi.yaml --sdk-version newest"
    })
final class CheckSdkCommand implements Callable<Integer> {
  @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The OpenAPI spec.")
  Path spec;

  @Option(
      names = "--sdk-version",
      paramLabel = "VERSION",
      description =
          "The SDK version; 'newest' for the highest the repository holds (default: the"
              + " version the toolkit pins).")
  String sdkVersion;

  @Option(
      names = "--repository",
      paramLabel = "DIR",
      description =
          "The local Maven repository (default: -Dmaven.repo.local, else ~/.m2/repository).")
  Path repository;

  @Option(
      names = "--fail-on-difference",
      description = "Exit 1 when the spec and the SDK differ (default: report and exit 0).")
  boolean failOnDifference;

  @Mixin OutputOptions output;

  @Spec CommandSpec commandSpec;

  @Override
  public Integer call() {
    Console console = Console.of(commandSpec, output);
    Path repo = repository != null ? repository : defaultRepository();
    CheckReport report;
    try {
      SdkArtifact sdk = SdkArtifact.in(repo, sdkVersion);
      report = SdkCheck.run(new SdkCheck.Config(spec, sdk, Path.of("").toAbsolutePath()));
    } catch (CheckInputException e) {
      throw new CliException(ExitCodes.USAGE, "check-sdk: " + e.getMessage(), e);
    }
    for (Finding f : report.findings()) {
      console.info(f.toString());
    }
    console.info("check-sdk: " + report.summary());
    return failOnDifference && !report.passed() ? ExitCodes.REJECTED : ExitCodes.OK;
  }

  private static Path defaultRepository() {
    String local = System.getProperty("maven.repo.local");
    return local != null
        ? Path.of(local)
        : Path.of(System.getProperty("user.home"), ".m2", "repository");
  }
}
