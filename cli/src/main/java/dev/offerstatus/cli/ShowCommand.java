package dev.offerstatus.cli;

import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.OfferStatusLabel;
import dev.offerstatus.cli.request.Outcome;
import dev.offerstatus.client.OfferResult;
import dev.offerstatus.simulator.Offer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code show OFFER_ID}: reads one offer (operation getOffer) and prints it with its status. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Reads one offer (GET /open-apis/hire/v1/offers/{offer_id}) and prints its offer_status,"
          + " offer_type and the whole offer as JSON.",
      "An unknown offer id is answered by Feishu with code 1002002 (exit 1)."
    },
    footer = {
      "",
      "Exit status: 0 read, 1 rejected (a bad OFFER_ID, or Feishu's error, e.g. an unknown offer),"
          + " 2 usage or unusable input, 3 transport failure.",
      "",
      "Example:",
      "  ./offer-status show 7016605170635213100 --simulator"
    })
final class ShowCommand extends ReadCommand {
  @Parameters(index = "0", paramLabel = "OFFER_ID", description = "The offer's id.")
  String offerId;

  @Override
  List<Offer> simulatorSeed() {
    // --simulator without --seed: the offer exists, pending onboarding.
    return List.of(Offer.pendingOnboarding(offerId));
  }

  @Override
  int read(Backend backend, Console console) {
    OfferResult result = backend.client().getOffer(offerId);
    if (console.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("outcome", Outcome.OK.word());
      doc.put("offer_id", offerId);
      doc.put("offer_status", result.status().value());
      doc.put("offer_status_name", result.status().known().map(Enum::name).orElse(null));
      doc.put("log_id", result.logId());
      doc.put("offer", Console.JSON.valueToTree(result.offer()));
      console.printJson(doc);
    } else {
      console.ok(
          console.messages.get(
              "show.ok",
              offerId,
              OfferStatusLabel.status(result.status(), console.messages),
              result.offer().getOfferType() == null ? "-" : result.offer().getOfferType(),
              result.logId() == null ? "-" : result.logId()));
      console.info(Console.toJson(Console.JSON.valueToTree(result.offer())));
    }
    return ExitCodes.OK;
  }
}
