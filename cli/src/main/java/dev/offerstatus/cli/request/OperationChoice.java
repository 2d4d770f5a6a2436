package dev.offerstatus.cli.request;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.console.ExitCodes;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which operation a row (of a batch file, or of {@code validate}) means: the one {@code
 * --operation-id} names, else the one its {@code operation_id} column names, else the one operation
 * with a request body whose columns take every column the row uses. A file written before rows
 * named their operation (columns {@code offer_id, operation, onboarding_date, ...}) fits only the
 * operation whose body has an {@code operation} field, so it keeps its meaning while that stays
 * true; when a new operation makes it ambiguous, the row is refused with the candidates named.
 */
public final class OperationChoice {
  /** The operation of a row, or why there is none. */
  public record Resolution(RequestColumns columns, List<String> problems) {
    public boolean chosen() {
      return columns != null;
    }
  }

  private final Map<String, RequestColumns> candidates = new LinkedHashMap<>();
  private final RequestColumns fixed;
  private final CliMessages t;

  private OperationChoice(ContractModel model, String operationId, CliMessages t) {
    this.t = t;
    String token = model.tokenOperation().map(Operation::operationId).orElse(null);
    for (Operation op : model.operations()) {
      if (op.requestBody().isPresent() && !op.operationId().equals(token)) {
        candidates.put(op.operationId(), RequestColumns.of(model, op));
      }
    }
    if (operationId == null) {
      this.fixed = null;
    } else {
      this.fixed = candidates.get(operationId);
      if (fixed == null) {
        throw new CliException(
            ExitCodes.USAGE, t.get("choice.option", operationId, String.join(", ", names())));
      }
    }
  }

  /**
   * The choice among the operations of {@code model} that take a request body (not the token
   * operation); {@code operationId} (--operation-id) fixes it when not null.
   *
   * @throws CliException exit 2 when {@code operationId} is not such an operation
   */
  public static OperationChoice of(ContractModel model, String operationId, CliMessages t) {
    return new OperationChoice(model, operationId, t);
  }

  /** The operation --operation-id names, or null. */
  RequestColumns fixed() {
    return fixed;
  }

  /** Whether some operation (or the fixed one) takes {@code column}. */
  public boolean known(String column) {
    if (fixed != null) {
      return fixed.accepts(column);
    }
    return candidates.values().stream().anyMatch(c -> c.accepts(column));
  }

  /**
   * The operation of a row that uses {@code columns} (the columns or keys it gives a value) and
   * names {@code operationId} in its own column (null or empty when it does not); {@code unknown}
   * is the message key for a column the chosen operation does not take ({@code csv.unknownColumn},
   * {@code jsonl.unknownKey}).
   */
  public Resolution resolve(Collection<String> columns, String operationId, String unknown) {
    Resolution choice = choose(columns, operationId, unknown);
    if (!choice.chosen()) {
      return choice;
    }
    RequestColumns chosen = choice.columns();
    List<String> problems = new ArrayList<>();
    for (String column : columns) {
      if (!chosen.accepts(column)) {
        problems.add(t.get(unknown, column, String.join(", ", chosen.shown())));
      }
    }
    return new Resolution(problems.isEmpty() ? chosen : null, problems);
  }

  /**
   * The operation of a request that uses {@code columns}, as {@link #resolve} chooses it, without
   * refusing the columns it does not take (a JSON body's unknown fields are the rules' to judge).
   */
  public Resolution choose(Collection<String> columns, String operationId, String unknown) {
    RequestColumns chosen;
    if (operationId != null && !operationId.isEmpty()) {
      chosen = candidates.get(operationId);
      if (chosen == null) {
        return failed(t.get("choice.unknown", operationId, String.join(", ", names())));
      }
      if (fixed != null && fixed != chosen) {
        return failed(t.get("choice.differs", operationId, fixed.operation().operationId()));
      }
    } else if (fixed != null) {
      chosen = fixed;
    } else {
      List<String> used =
          columns.stream().filter(c -> !c.equals(RequestColumns.OPERATION_ID) && known(c)).toList();
      if (used.isEmpty() && candidates.size() > 1) {
        // nothing to tell the operations apart by: every column is unknown, or there is none
        List<String> problems = new ArrayList<>();
        for (String column : columns) {
          if (!column.equals(RequestColumns.OPERATION_ID)) {
            problems.add(t.get(unknown, column, takes()));
          }
        }
        return new Resolution(
            null, problems.isEmpty() ? List.of(t.get("choice.nothing", takes())) : problems);
      }
      List<RequestColumns> fits =
          candidates.values().stream().filter(c -> used.stream().allMatch(c::accepts)).toList();
      if (fits.size() > 1) {
        List<String> unknownToAll =
            columns.stream()
                .filter(c -> !c.equals(RequestColumns.OPERATION_ID) && !known(c))
                .map(c -> t.get(unknown, c, takes()))
                .toList();
        if (!unknownToAll.isEmpty()) {
          return new Resolution(null, unknownToAll); // the unknown column is the likelier mistake
        }
        return failed(
            t.get(
                "choice.several",
                String.join(", ", used),
                fits.stream()
                    .map(c -> c.operation().operationId())
                    .collect(Collectors.joining(", "))));
      }
      if (fits.isEmpty()) {
        return failed(t.get("choice.none", String.join(", ", used), takes()));
      }
      chosen = fits.get(0);
    }
    return new Resolution(chosen, List.of());
  }

  /** The fixed operation, else the first with a body: its rules word what any of them would. */
  public String anyOperationId() {
    return fixed != null ? fixed.operation().operationId() : candidates.keySet().iterator().next();
  }

  /** What the columns may be: the fixed operation's, else every candidate's, by operation. */
  public String expected() {
    return fixed != null ? String.join(", ", fixed.shown()) : takes();
  }

  private Resolution failed(String problem) {
    return new Resolution(null, List.of(problem));
  }

  private List<String> names() {
    return List.copyOf(candidates.keySet());
  }

  /** "internOfferStatus takes offer_id, operation, ...; updateOfferStatus takes ...". */
  private String takes() {
    return candidates.values().stream()
        .map(c -> t.get("choice.takes", c.operation().operationId(), String.join(", ", c.shown())))
        .collect(Collectors.joining("; "));
  }
}
