package dev.offerstatus.cli.request;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Schema;
import dev.offerstatus.spec.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The columns (CSV) and keys (JSON Lines) a request of one operation may be written with, read from
 * the spec: its path and query parameters by name, the properties of its JSON body by name, and
 * every field nested in them by its dotted JSON path ({@code
 * onboarding_info.actual_onboarding_date}); plus the short names older files used ({@code
 * column-aliases.properties}) where the operation has their path.
 */
public final class RequestColumns {
  /** The column that names a row's operation. */
  public static final String OPERATION_ID = "operation_id";

  private static final Map<String, String> ALIASES = aliases();

  /** Where a column's value goes: a parameter, or a field of the body at a dotted path. */
  record Target(String name, boolean parameter, Schema schema) {}

  private final Operation operation;
  private final Map<String, Target> byName = new LinkedHashMap<>();
  private final List<String> shown = new ArrayList<>();
  private final List<String> required = new ArrayList<>();

  private RequestColumns(ContractModel model, Operation operation) {
    this.operation = operation;
    for (Parameter p : operation.parameters()) {
      if (p.in().equals("path") || p.in().equals("query")) {
        byName.put(p.name(), new Target(p.name(), true, model.resolve(p.schema())));
        shown.add(p.name());
        if (p.required()) {
          required.add(p.name());
        }
      }
    }
    operation
        .requestBody()
        .ifPresent(
            body -> {
              Schema root = model.resolve(body.schema());
              required.addAll(root.required());
              fields(model, root, "");
            });
    ALIASES.forEach(
        (alias, path) -> {
          Target target = byName.get(path);
          if (target != null && !byName.containsKey(alias)) {
            byName.put(alias, target);
            int at = shown.indexOf(path);
            if (at >= 0) {
              shown.set(at, alias);
            }
          }
        });
  }

  /** The columns of {@code operation} in {@code model}. */
  public static RequestColumns of(ContractModel model, Operation operation) {
    return new RequestColumns(model, operation);
  }

  /** Every property of {@code schema}, by its dotted path; objects are walked. */
  private void fields(ContractModel model, Schema schema, String prefix) {
    for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
      String path = prefix + property.getKey();
      Schema resolved = model.resolve(property.getValue());
      if (!byName.containsKey(path)) {
        byName.put(path, new Target(path, false, resolved));
      }
      if (resolved.properties().isEmpty()) {
        shown.add(path);
      } else {
        fields(model, resolved, path + ".");
      }
    }
  }

  public Operation operation() {
    return operation;
  }

  /**
   * The parameter that names the offer: the one the operation's state machine names, else its only
   * path parameter.
   *
   * @throws CliException exit 2 when it has neither
   */
  public String offerParameter(CliMessages t) {
    List<String> path =
        operation.parameters().stream()
            .filter(p -> p.in().equals("path"))
            .map(Parameter::name)
            .toList();
    return operation
        .stateMachine()
        .map(StateMachine::offerParameter)
        .orElseGet(
            () -> {
              if (path.size() != 1) {
                throw new CliException(
                    ExitCodes.USAGE,
                    t.get("option.noOfferParameter", operation.operationId(), path));
              }
              return path.get(0);
            });
  }

  /** The target of a column, if this operation has one of that name. */
  Optional<Target> target(String column) {
    return Optional.ofNullable(byName.get(column));
  }

  public boolean accepts(String column) {
    return column.equals(OPERATION_ID) || byName.containsKey(column);
  }

  /**
   * The columns to show someone writing a file: parameters, then the body's fields that hold
   * values, by their short name where they have one.
   */
  public List<String> shown() {
    return shown;
  }

  /**
   * The required parameters and top-level body properties missing from {@code columns}: a column
   * naming a field inside a required object counts for it.
   */
  public List<String> missing(Iterable<String> columns) {
    List<String> missing = new ArrayList<>(required);
    for (String column : columns) {
      Target target = byName.get(column);
      if (target != null) {
        int dot = target.name().indexOf('.');
        missing.remove(dot < 0 ? target.name() : target.name().substring(0, dot));
      }
    }
    return missing;
  }

  private static Map<String, String> aliases() {
    Properties properties = new Properties();
    try (InputStream in = RequestColumns.class.getResourceAsStream("column-aliases.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(name -> aliases.put(name, properties.getProperty(name)));
    return aliases;
  }
}
