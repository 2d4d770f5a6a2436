package dev.offerstatus.cli;

import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.request.OfferStatusLabel;
import dev.offerstatus.client.ListedOffer;
import dev.offerstatus.simulator.Offer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code list --talent-id ID}: every offer of a talent (operation listOffers), page after page,
 * printed as each page arrives.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the offers of a talent (GET /open-apis/hire/v1/offers?talent_id=...), following"
          + " page_token until the last page, at the operation's rate limit; one line per offer"
          + " (id, offer_status, offer_type, application_id, job), or with --json one JSON object"
          + " per line.",
      "A talent without offers prints nothing and exits 0."
    },
    footer = {
      "",
      "Exit status: 0 listed, 1 rejected (a bad --talent-id or --page-size, or Feishu's error),"
          + " 2 usage or unusable input, 3 transport failure.",
      "",
      "Example:",
      "  ./offer-status list --talent-id 7096320678581242123 --simulator --seed offers.json"
    })
final class ListCommand extends ReadCommand {
  @Option(
      names = "--talent-id",
      paramLabel = "ID",
      required = true,
      description = "The talent whose offers to list.")
  String talentId;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      description =
          "Offers per request, within the spec's range for page_size (default: its default).")
  Integer pageSize;

  @Override
  List<Offer> simulatorSeed() {
    return List.of(); // --simulator without --seed: a talent without offers
  }

  @Override
  int read(Backend backend, Console console) {
    try (Stream<ListedOffer> offers =
        pageSize == null
            ? backend.client().listOffers(talentId)
            : backend.client().listOffers(talentId, pageSize)) {
      Iterator<ListedOffer> it = offers.iterator();
      while (it.hasNext()) {
        ListedOffer offer = it.next();
        if (console.json) {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("offer_id", offer.info().getId());
          doc.put("offer_status", offer.status().value());
          doc.put("offer_status_name", offer.status().known().map(Enum::name).orElse(null));
          doc.put("offer", Console.JSON.valueToTree(offer.info()));
          console.printJson(doc);
        } else {
          console.cells(
              String.valueOf(offer.info().getId()),
              OfferStatusLabel.status(offer.status(), console.messages),
              offer.info().getOfferType() == null
                  ? "-"
                  : String.valueOf(offer.info().getOfferType()),
              offer.info().getApplicationId() == null ? "-" : offer.info().getApplicationId(),
              offer.info().getJobInfo() == null || offer.info().getJobInfo().getJobName() == null
                  ? "-"
                  : offer.info().getJobInfo().getJobName());
        }
      }
    }
    return ExitCodes.OK;
  }
}
