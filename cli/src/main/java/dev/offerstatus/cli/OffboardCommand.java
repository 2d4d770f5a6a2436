package dev.offerstatus.cli;

import dev.offerstatus.sdk.model.Operation;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code offboard OFFER_ID --offboarding-date D [--notes TEXT]}. */
@Command(
    name = "offboard",
    mixinStandardHelpOptions = true,
    description = "Offboards an onboarded intern (state 12).",
    footer = {
      "",
      "Example:",
      "  ./offer-status offboard 6949805467799537964 --offboarding-date 2022-03-02 \\",
      "      --notes 主动离职 --simulator"
    })
final class OffboardCommand extends OperationCommand {
  @Option(
      names = "--offboarding-date",
      paramLabel = "YYYY-MM-DD",
      description = "The actual offboarding date (required).")
  String offboardingDate;

  @Option(names = "--notes", paramLabel = "TEXT", description = "Offboarding notes (optional).")
  String notes;

  @Override
  Operation operation() {
    return Operation.OFFBOARD;
  }

  @Override
  Map<String, String> fields() {
    return cells("offboarding_date", offboardingDate, "notes", notes);
  }
}
