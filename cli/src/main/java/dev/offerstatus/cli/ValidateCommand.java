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
import dev.offerstatus.cli.request.OperationChoice;
import dev.offerstatus.cli.request.RequestColumns;
import dev.offerstatus.cli.request.RowRequest;
import dev.offerstatus.cli.request.Utf8Chars;
import dev.offerstatus.cli.request.Violations;
import dev.offerstatus.rules.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
      "The body comes from --body FILE (- for stdin), or from fields named as a batch file's"
          + " columns (--field name=value, and the intern options). The operation is"
          + " --operation-id, else the one whose fields the request names."
    },
    footer = {
      "",
      "Exit status: 0 valid, 1 invalid, 2 unusable input.",
      "",
      "Examples:",
      "  ./offer-status validate 7016605170635213100 --body cli/examples/confirm.json",
      "  ./offer-status validate 7016605170635213100 --body - < body.json",
      "  ./offer-status validate 7016605170635213100 --operation confirm_onboarding \\",
      "      --onboarding-date 2022-01-01",
      "  ./offer-status validate 7016605170635213100 --field offer_status=8 \\",
      "      --field 'termination_reason_id_list=[\"6891560630172518670\"]'"
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "OFFER_ID",
      description = "The offer's id (the operation's offer parameter).")
  String offerId;

  @Option(
      names = "--body",
      paramLabel = "FILE",
      description = "The JSON request body, or - for stdin.")
  Path body;

  @Option(
      names = "--operation-id",
      paramLabel = "ID",
      description = "The operation (an operationId of the spec with a request body).")
  String operationId;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A path or query parameter; repeatable.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--field",
      paramLabel = "NAME=VALUE",
      description =
          "A body field by the name or dotted path a batch column would use"
              + " (offer_status=6, offboarding_info.notes=..., an array as JSON); repeatable.")
  List<String> fields = new ArrayList<>();

  @Option(
      names = "--operation",
      paramLabel = "OP",
      description = "As --field operation=OP: confirm_onboarding, cancel_onboarding or offboard.")
  String operation;

  @Option(names = "--onboarding-date", paramLabel = "YYYY-MM-DD")
  String onboardingDate;

  @Option(names = "--offboarding-date", paramLabel = "YYYY-MM-DD")
  String offboardingDate;

  @Option(names = "--notes", paramLabel = "TEXT")
  String notes;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "Check against this OpenAPI file instead of the shipped spec.")
  Path specFile;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Console console = Console.of(spec, output);
    CliMessages t = console.messages;
    Contract contract = Contract.of(specFile, t);
    OperationChoice choice = OperationChoice.of(contract.model(), operationId, t);
    Map<String, String> parameters = NameValues.parse("--param", params, t);
    String json;
    RequestColumns columns;
    if (body != null) {
      if (operation != null
          || onboardingDate != null
          || offboardingDate != null
          || notes != null
          || !fields.isEmpty()) {
        throw new CliException(ExitCodes.USAGE, t.get("validate.bodyAndOptions"));
      }
      String name = CliInputFiles.name(body, t);
      json = Utf8Chars.decode(CliInputFiles.read(body, t), name, t);
      if (json.isBlank()) {
        throw new CliException(ExitCodes.USAGE, t.get("validate.emptyBody", name));
      }
      JsonNode tree = JsonBodies.parse(json, name, contract, choice.anyOperationId(), t);
      Set<String> names = new LinkedHashSet<>(parameters.keySet());
      tree.fieldNames().forEachRemaining(names::add);
      columns = chosen(choice.choose(names, null, "validate.unknownField"));
    } else {
      Map<String, Object> cells = new LinkedHashMap<>();
      cells.putAll(NameValues.parse("--field", fields, t));
      cells.putAll(
          OperationCommand.cells(
              "operation", operation,
              "onboarding_date", onboardingDate,
              "offboarding_date", offboardingDate,
              "notes", notes));
      Set<String> names = new LinkedHashSet<>(parameters.keySet());
      names.addAll(cells.keySet());
      columns = chosen(choice.resolve(names, null, "validate.unknownField"));
      List<String> problems = new ArrayList<>();
      ObjectNode built = RowRequest.of(columns, cells, problems, t).body();
      if (!problems.isEmpty()) {
        throw new CliException(ExitCodes.USAGE, String.join("; ", problems));
      }
      json = built == null ? null : Console.toJson(built);
    }
    if (offerId != null) {
      parameters.put(columns.offerParameter(t), offerId);
    }
    List<Violation> violations =
        contract
            .rules()
            .validateJson(columns.operation().operationId(), parameters, json, t.locale());
    if (violations.isEmpty()) {
      if (console.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("valid", true);
        doc.put("operation_id", columns.operation().operationId());
        doc.put("violations", List.of());
        console.printJson(doc);
      } else {
        console.ok(t.get("validate.valid", columns.operation().operationId()));
      }
      return ExitCodes.OK;
    }
    Violations.print(console, violations);
    return ExitCodes.REJECTED;
  }

  private static RequestColumns chosen(OperationChoice.Resolution resolution) {
    if (!resolution.chosen()) {
      throw new CliException(ExitCodes.USAGE, String.join("; ", resolution.problems()));
    }
    return resolution.columns();
  }
}
