package dev.offerstatus.cli;

import dev.offerstatus.sdk.model.Operation;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code cancel-onboarding OFFER_ID}. */
@Command(
    name = "cancel-onboarding",
    mixinStandardHelpOptions = true,
    description = "Cancels the onboarding of an intern offer pending onboarding (state 11).",
    footer = {"", "Example:", "  ./offer-status cancel-onboarding 7016605170635213100 --simulator"})
final class CancelOnboardingCommand extends OperationCommand {
  @Override
  Operation operation() {
    return Operation.CANCEL_ONBOARDING;
  }

  @Override
  Map<String, String> fields() {
    return Map.of();
  }
}
