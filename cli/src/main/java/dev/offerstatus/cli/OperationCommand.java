package dev.offerstatus.cli;

import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;

import dev.offerstatus.client.OfferStatusException;
import dev.offerstatus.client.OfferStatusResult;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A command that sends one operation for one offer: validate, send, print result and log id. */
abstract class OperationCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OFFER_ID", description = "The intern offer's id.")
  String offerId;

  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  /** The request this command sends. */
  abstract RequestSpec request();

  @Override
  public Integer call() {
    Console console = Console.of(spec, output);
    RequestSpec request = request();
    List<Violation> violations =
        OfferStatusRules.fromClasspath()
            .validateJson(
                INTERN_OFFER_STATUS.operationId(),
                INTERN_OFFER_STATUS.pathValues(request.offerId()),
                request.json(),
                console.messages.locale());
    if (!violations.isEmpty()) {
      Violations.print(console, violations);
      return ExitCodes.REJECTED;
    }
    try (Backend backend = Backend.open(connection, console, List.of(request))) {
      OfferStatusResult result = backend.client().update(request.offerId(), request.model());
      if (console.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("outcome", Outcome.OK.word());
        doc.put("offer_id", request.offerId());
        doc.put("operation", request.operation());
        doc.put("code", 0);
        doc.put("log_id", result.logId());
        doc.put("data", Console.JSON.valueToTree(result.data()));
        console.printJson(doc);
      } else {
        console.ok(
            console.messages.get(
                "operation.ok",
                request.operation(),
                request.offerId(),
                result.logId() == null ? "-" : result.logId()));
        console.info(Console.toJson(Console.JSON.valueToTree(result.data())));
      }
      return ExitCodes.OK;
    } catch (OfferStatusException e) {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("offer_id", request.offerId());
      context.put("operation", request.operation());
      return Outcome.of(e).report(console, context, e);
    }
  }
}
