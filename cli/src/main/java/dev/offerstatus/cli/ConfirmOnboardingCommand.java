package dev.offerstatus.cli;

import dev.offerstatus.sdk.model.Operation;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code confirm-onboarding OFFER_ID --onboarding-date D}. */
@Command(
    name = "confirm-onboarding",
    mixinStandardHelpOptions = true,
    description = "Confirms the onboarding of an intern offer pending onboarding (state 11).",
    footer = {
      "",
      "Example:",
      "  ./offer-status confirm-onboarding 7016605170635213100 \\",
      "      --onboarding-date 2022-01-01 --simulator"
    })
final class ConfirmOnboardingCommand extends OperationCommand {
  @Option(
      names = "--onboarding-date",
      paramLabel = "YYYY-MM-DD",
      description = "The actual onboarding date (required).")
  String onboardingDate;

  @Override
  Operation operation() {
    return Operation.CONFIRM_ONBOARDING;
  }

  @Override
  Map<String, String> fields() {
    return cells("onboarding_date", onboardingDate);
  }
}
