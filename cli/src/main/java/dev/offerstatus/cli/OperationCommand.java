package dev.offerstatus.cli;

import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.OutputOptions;
import dev.offerstatus.cli.request.Contract;
import dev.offerstatus.cli.request.Outcome;
import dev.offerstatus.cli.request.RequestColumns;
import dev.offerstatus.cli.request.RequestSender;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.cli.request.Violations;
import dev.offerstatus.client.OfferStatusException;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.sdk.model.Operation;
import dev.offerstatus.sdk.operations.SpecOperations;
import dev.offerstatus.spec.StateMachine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that sends one status update (the generated {@link SpecOperations#INTERN_OFFER_STATUS})
 * for one offer: validate, send, print result and log id. Its fields are written with the batch's
 * column names ({@link RequestColumns}), so nothing of the spec is spelled here.
 */
abstract class OperationCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OFFER_ID", description = "The intern offer's id.")
  String offerId;

  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  /** The operation value this command sends (the generated enum of the spec's values). */
  abstract Operation operation();

  /** Its other fields by column name; a null value is not sent. */
  abstract Map<String, String> fields();

  /** {@code name, value, name, value, ...} as a map without the null values. */
  static Map<String, String> cells(String... namesAndValues) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        cells.put(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return cells;
  }

  /** The request: the offer and the operation value at the places the state machine names. */
  RowRequest request(Contract contract, CliMessages t) {
    dev.offerstatus.spec.Operation write =
        contract.model().requireOperation(SpecOperations.INTERN_OFFER_STATUS.operationId());
    StateMachine machine = write.stateMachine().orElseThrow();
    Map<String, Object> cells = new LinkedHashMap<>();
    cells.put(machine.offerParameter(), offerId);
    cells.put(machine.selector(), operation().getValue());
    cells.putAll(fields());
    List<String> problems = new ArrayList<>();
    RowRequest request =
        RowRequest.of(RequestColumns.of(contract.model(), write), cells, problems, t);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(problems.toString()); // the columns are the command's own
    }
    return request;
  }

  @Override
  public Integer call() {
    Console console = Console.of(spec, output);
    Contract contract = Contract.shipped();
    RowRequest request = request(contract, console.messages);
    String operationId = request.operation().operationId();
    List<Violation> violations =
        contract
            .rules()
            .validateJson(
                operationId, request.parameters(), request.bodyJson(), console.messages.locale());
    if (!violations.isEmpty()) {
      Violations.print(console, violations);
      return ExitCodes.REJECTED;
    }
    try (Backend backend =
        Backend.open(
            connection,
            console,
            contract,
            List.of(operationId),
            List.of(Backend.seedFor(request)))) {
      RequestSender.Sent sent = RequestSender.send(backend.client(), request);
      if (console.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("outcome", Outcome.OK.word());
        doc.put("offer_id", offerId);
        doc.put("operation", operation().getValue());
        doc.put("code", 0);
        doc.put("log_id", sent.logId());
        doc.put("data", sent.data());
        console.printJson(doc);
      } else {
        console.ok(
            console.messages.get(
                "operation.ok",
                operation().getValue(),
                offerId,
                sent.logId() == null ? "-" : sent.logId()));
        console.info(Console.toJson(sent.data()));
      }
      return ExitCodes.OK;
    } catch (OfferStatusException e) {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("offer_id", offerId);
      context.put("operation", operation().getValue());
      return Outcome.of(e).report(console, context, e);
    }
  }
}
