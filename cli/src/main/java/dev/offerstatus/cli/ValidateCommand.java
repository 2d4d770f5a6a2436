package dev.offerstatus.cli;

import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;

import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Offline check of one request: exit 0 valid, 1 invalid, 2 unusable input. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks one request against the contract, offline: nothing is sent.",
      "The body comes from --body FILE (- for stdin) or from the same options as the commands."
    },
    footer = {
      "",
      "Exit status: 0 valid, 1 invalid, 2 unusable input.",
      "",
      "Examples:",
      "  ./offer-status validate 7016605170635213100 --body cli/examples/confirm.json",
      "  ./offer-status validate 7016605170635213100 --body - < body.json",
      "  ./offer-status validate 7016605170635213100 --operation confirm_onboarding \\",
      "      --onboarding-date 2022-01-01"
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OFFER_ID", description = "The intern offer's id.")
  String offerId;

  @Option(
      names = "--body",
      paramLabel = "FILE",
      description = "The JSON request body, or - for stdin.")
  Path body;

  @Option(
      names = "--operation",
      paramLabel = "OP",
      description = "confirm_onboarding, cancel_onboarding or offboard.")
  String operation;

  @Option(names = "--onboarding-date", paramLabel = "YYYY-MM-DD")
  String onboardingDate;

  @Option(names = "--offboarding-date", paramLabel = "YYYY-MM-DD")
  String offboardingDate;

  @Option(names = "--notes", paramLabel = "TEXT")
  String notes;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Console console = Console.of(spec, output);
    Messages t = console.messages;
    String json;
    if (body != null) {
      if (operation != null || onboardingDate != null || offboardingDate != null || notes != null) {
        throw new CliException(ExitCodes.USAGE, t.get("validate.bodyAndOptions"));
      }
      json = Utf8Chars.decode(InputFiles.read(body, t), InputFiles.name(body, t), t);
      if (json.isBlank()) {
        throw new CliException(
            ExitCodes.USAGE, t.get("validate.emptyBody", InputFiles.name(body, t)));
      }
    } else {
      json = new RequestSpec(offerId, operation, onboardingDate, offboardingDate, notes).json();
    }
    List<Violation> violations =
        OfferStatusRules.fromClasspath()
            .validateJson(
                INTERN_OFFER_STATUS.operationId(),
                INTERN_OFFER_STATUS.pathValues(offerId),
                json,
                t.locale());
    if (violations.stream().anyMatch(v -> v.rule().equals("json"))) {
      String message =
          violations.stream()
              .filter(v -> v.rule().equals("json"))
              .findFirst()
              .orElseThrow()
              .message();
      throw new CliException(
          ExitCodes.USAGE, t.get("validate.notJson", InputFiles.name(body, t), message));
    }
    if (violations.isEmpty()) {
      if (console.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("valid", true);
        doc.put("violations", List.of());
        console.printJson(doc);
      } else {
        console.ok(t.get("validate.valid"));
      }
      return ExitCodes.OK;
    }
    Violations.print(console, violations);
    return ExitCodes.REJECTED;
  }
}
