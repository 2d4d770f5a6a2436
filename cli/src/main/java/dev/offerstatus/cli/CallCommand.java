package dev.offerstatus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliInputFiles;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.Console;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.cli.console.OutputOptions;
import dev.offerstatus.cli.request.Contract;
import dev.offerstatus.cli.request.JsonBodies;
import dev.offerstatus.cli.request.Outcome;
import dev.offerstatus.cli.request.RequestColumns;
import dev.offerstatus.cli.request.RequestSender;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.cli.request.Utf8Chars;
import dev.offerstatus.cli.request.Violations;
import dev.offerstatus.client.InvalidRequestException;
import dev.offerstatus.client.OfferStatusException;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.simulator.Offer;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code call OPERATION_ID [--param name=value ...] [--body FILE|-]}: any operation of the spec,
 * checked by its rules, sent with the client's tokens, limits, retries and typed errors.
 */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description = {
      "Calls any operation of the spec by its operationId: the parameters and the body are checked"
          + " against the contract first (nothing is sent while one breaks it), then sent at the"
          + " operation's rate limit; prints the answer's data and its log id.",
      "With --spec FILE, the operations, rules and (with --simulator) the simulator come from"
          + " that OpenAPI file."
    },
    footer = {
      "",
      "Exit status: 0 ok, 1 rejected (by validation or by Feishu), 2 usage or unusable input,"
          + " 3 transport failure or unknown outcome.",
      "",
      "Examples:",
      "  ./offer-status call getOffer --param offer_id=7016605170635213100 --simulator",
      "  ./offer-status call updateOfferStatus --param offer_id=6930815272790114324 \\",
      "      --body cli/examples/offer-status.json --simulator"
    })
final class CallCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OPERATION_ID", description = "The operation to call.")
  String operationId;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A path or query parameter of the operation; repeatable.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--body",
      paramLabel = "FILE",
      description = "The JSON request body, or - for stdin.")
  Path body;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "Call the operations of this OpenAPI file instead of the shipped spec.")
  Path specFile;

  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Console console = Console.of(spec, output);
    CliMessages t = console.messages;
    Contract contract = Contract.of(specFile, t);
    Operation operation =
        contract
            .model()
            .operation(operationId)
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCodes.USAGE,
                        t.get(
                            "call.unknownOperation",
                            operationId,
                            contract.model().operations().stream()
                                .map(Operation::operationId)
                                .collect(Collectors.joining(", ")))));
    Map<String, String> parameters = NameValues.parse("--param", params, t);
    for (String name : parameters.keySet()) {
      if (operation.parameter(name).isEmpty()) {
        throw new CliException(
            ExitCodes.USAGE,
            t.get(
                "call.unknownParameter",
                name,
                operationId,
                operation.parameters().stream()
                    .map(Parameter::name)
                    .collect(Collectors.joining(", "))));
      }
    }
    String json = null;
    JsonNode tree = null;
    if (body != null) {
      String name = CliInputFiles.name(body, t);
      json = Utf8Chars.decode(CliInputFiles.read(body, t), name, t);
      if (json.isBlank()) {
        throw new CliException(ExitCodes.USAGE, t.get("validate.emptyBody", name));
      }
      tree = JsonBodies.parse(json, name, contract, operationId, t);
    }
    List<Violation> violations =
        contract.rules().validateJson(operationId, parameters, json, t.locale());
    if (!violations.isEmpty()) {
      Violations.print(console, violations);
      return ExitCodes.REJECTED;
    }
    RowRequest request =
        new RowRequest(
            RequestColumns.of(contract.model(), operation),
            parameters,
            tree instanceof ObjectNode object ? object : null);
    List<String> sends = operation.requestBody().isPresent() ? List.of(operationId) : List.of();
    try (Backend backend = Backend.open(connection, console, contract, sends, seeds(request))) {
      RequestSender.Sent sent = RequestSender.send(backend.client(), request);
      if (console.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("outcome", Outcome.OK.word());
        doc.put("operation_id", operationId);
        doc.put("code", 0);
        doc.put("log_id", sent.logId());
        doc.put("data", sent.data());
        console.printJson(doc);
      } else {
        console.ok(t.get("call.ok", operationId, sent.logId() == null ? "-" : sent.logId()));
        console.info(Console.toJson(sent.data()));
      }
      return ExitCodes.OK;
    } catch (InvalidRequestException e) {
      Violations.print(console, e.violations());
      return ExitCodes.REJECTED;
    } catch (OfferStatusException e) {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("operation_id", operationId);
      return Outcome.of(e).report(console, context, e);
    }
  }

  /**
   * With --simulator and no --seed: the offer the request names, in a state its transition starts
   * from (else pending onboarding); none when the request names no offer.
   */
  private static List<Offer> seeds(RowRequest request) {
    if (request.offerId().isEmpty()) {
      return List.of();
    }
    return List.of(Backend.seedFor(request));
  }
}
