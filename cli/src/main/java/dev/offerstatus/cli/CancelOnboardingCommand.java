package dev.offerstatus.cli;

import picocli.CommandLine.Command;

/** {@code cancel-onboarding OFFER_ID}. */
@Command(
    name = "cancel-onboarding",
    mixinStandardHelpOptions = true,
    description = "Cancels the onboarding of an intern offer pending onboarding (state 11).",
    footer = {"", "Example:", "  ./offer-status cancel-onboarding 7016605170635213100 --simulator"})
final class CancelOnboardingCommand extends OperationCommand {
  @Override
  RequestSpec request() {
    return new RequestSpec(offerId, "cancel_onboarding", null, null, null);
  }
}
