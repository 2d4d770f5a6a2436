package dev.offerstatus.spec;

import static dev.offerstatus.spec.SpecFields.describe;
import static dev.offerstatus.spec.SpecFields.known;
import static dev.offerstatus.spec.SpecFields.maps;
import static dev.offerstatus.spec.SpecFields.optionalInt;
import static dev.offerstatus.spec.SpecFields.optionalText;
import static dev.offerstatus.spec.SpecFields.requiredInt;
import static dev.offerstatus.spec.SpecFields.scalar;
import static dev.offerstatus.spec.SpecFields.strings;
import static dev.offerstatus.spec.SpecFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and checks an operation's {@code x-offer-transitions} ({@link StateMachine}): every state a
 * number of the state schema's enum, every code declared, the selector and kept fields properties
 * of the request body, the offer parameter a path parameter.
 */
final class StateMachineReader {
  private static final Set<String> MACHINE_KEYS =
      Set.of(
          "offer-parameter",
          "states",
          "selector",
          "unknown-offer",
          "refused",
          "refused-from",
          "transitions");
  private static final Set<String> TRANSITION_KEYS =
      Set.of("when", "from", "to", "refused", "refused-from", "keeps", "assumption");
  private static final Set<String> REFUSAL_KEYS = Set.of("states", "code", "assumption");

  /**
   * What the machine is checked against.
   *
   * @param schemas the component schemas
   * @param requestSchema the operation's request body schema, if it has one
   * @param pathParameters the names of the operation's path parameters
   * @param codes the error codes the operation and the platform declare
   */
  record Context(
      Map<String, Schema> schemas,
      Optional<Schema> requestSchema,
      Set<String> pathParameters,
      Set<Integer> codes) {}

  private final Context context;
  private final SpecLines lines;
  private List<Integer> states;

  private StateMachineReader(Context context, SpecLines lines) {
    this.context = context;
    this.lines = lines;
  }

  /** The machine at {@code pointer}, or empty when the operation declares none. */
  static Optional<StateMachine> read(
      JsonNode node, String pointer, Context context, SpecLines lines) {
    if (node == null) {
      return Optional.empty();
    }
    return Optional.of(new StateMachineReader(context, lines).machine(node, pointer));
  }

  private StateMachine machine(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw InvalidSpecException.at(
          pointer,
          "must be a map (offer-parameter, states, selector, unknown-offer, transitions), found "
              + describe(node)
              + ".");
    }
    keys(node, pointer, MACHINE_KEYS);
    String offerParameter = text(node, "offer-parameter", pointer);
    if (!context.pathParameters().contains(offerParameter)) {
      throw InvalidSpecException.at(
          pointer + "/offer-parameter",
          offerParameter
              + " is not a path parameter of the operation (it has: "
              + (context.pathParameters().isEmpty() ? "none" : known(context.pathParameters()))
              + ").");
    }
    String statesSchema = text(node, "states", pointer);
    this.states = states(statesSchema, pointer + "/states");
    String selector = text(node, "selector", pointer);
    Schema request =
        context
            .requestSchema()
            .map(this::resolve)
            .orElseThrow(
                () ->
                    InvalidSpecException.at(
                        pointer + "/selector", "the operation has no JSON request body."));
    property(request, selector, pointer + "/selector");
    int unknownOffer = code(node, "unknown-offer", pointer);
    Integer machineRefused = optionalCode(node, "refused", pointer);
    List<StateMachine.Refusal> machineRefusals =
        refusals(node.get("refused-from"), pointer + "/refused-from");
    JsonNode list = node.get("transitions");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw InvalidSpecException.at(
          pointer + "/transitions", "a non-empty list of transitions is required.");
    }
    List<Object> seen = new ArrayList<>();
    List<StateMachine.Transition> transitions =
        maps(
            list,
            pointer + "/transitions",
            "transitions",
            "a transition must be a map (when, from, to, refused).",
            (t, at) -> transition(t, at, request, machineRefused, machineRefusals, seen));
    return new StateMachine(
        offerParameter,
        statesSchema,
        selector,
        unknownOffer,
        machineRefusals,
        transitions,
        pointer,
        lines.of(pointer));
  }

  private StateMachine.Transition transition(
      JsonNode t,
      String at,
      Schema request,
      Integer machineRefused,
      List<StateMachine.Refusal> machineRefusals,
      List<Object> seen) {
    keys(t, at, TRANSITION_KEYS);
    if (!t.has("when")) {
      throw InvalidSpecException.at(at + "/when", "the selector value is required.");
    }
    Object when = scalar(t.get("when"), at + "/when");
    if (seen.stream().anyMatch(v -> JsonScalars.same(v, when))) {
      throw InvalidSpecException.at(at + "/when", show(when) + " has a transition already.");
    }
    seen.add(when);
    List<Integer> from = stateList(t.get("from"), at + "/from");
    int to = state(requiredInt(t, "to", at), at + "/to");
    Integer refused = optionalCode(t, "refused", at);
    if (refused == null && machineRefused == null) {
      throw InvalidSpecException.at(
          at + "/refused",
          "the code answered from any other state is required (here or for the whole machine).");
    }
    List<StateMachine.Refusal> own = refusals(t.get("refused-from"), at + "/refused-from");
    for (StateMachine.Refusal r : own) {
      for (int state : r.states()) {
        if (from.contains(state)) {
          throw InvalidSpecException.at(
              r.pointer() + "/states",
              "state " + state + " is in the transition's from; a refusal for it never applies.");
        }
      }
    }
    List<StateMachine.Refusal> all = new ArrayList<>(own);
    all.addAll(machineRefusals);
    List<String> keeps = strings(t.get("keeps"), at + "/keeps", "request body fields");
    for (int i = 0; i < keeps.size(); i++) {
      property(request, keeps.get(i), at + "/keeps/" + i);
    }
    return new StateMachine.Transition(
        when,
        from,
        to,
        refused == null ? machineRefused : refused,
        all,
        keeps,
        Optional.ofNullable(optionalText(t, "assumption", at)),
        at,
        lines.of(at));
  }

  private List<StateMachine.Refusal> refusals(JsonNode node, String pointer) {
    return maps(
        node,
        pointer,
        "refusals",
        "a refusal must be a map (states, code).",
        (r, at) -> {
          keys(r, at, REFUSAL_KEYS);
          return new StateMachine.Refusal(
              stateList(r.get("states"), at + "/states"),
              code(r, "code", at),
              Optional.ofNullable(optionalText(r, "assumption", at)),
              at,
              lines.of(at));
        });
  }

  /** The integer values of the state schema's enum. */
  private List<Integer> states(String name, String at) {
    Schema schema = context.schemas().get(name);
    if (schema == null) {
      throw InvalidSpecException.at(
          at, "schema " + name + " is not in " + ContractModel.SCHEMAS.replaceAll("/$", "") + ".");
    }
    Schema resolved = resolve(schema);
    List<Integer> numbers = new ArrayList<>();
    for (Object v : resolved.enumValues()) {
      if (!(v instanceof BigDecimal d) || d.stripTrailingZeros().scale() > 0) {
        throw InvalidSpecException.at(
            at,
            "the states' schema " + name + " must have an integer enum; it has " + show(v) + ".");
      }
      numbers.add(d.intValueExact());
    }
    if (numbers.isEmpty()) {
      throw InvalidSpecException.at(
          at, "the states' schema " + name + " must have an integer enum; it has none.");
    }
    return numbers;
  }

  private List<Integer> stateList(JsonNode node, String at) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw InvalidSpecException.at(at, "a non-empty list of states is required.");
    }
    Set<Integer> states = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode n = node.get(i);
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        throw InvalidSpecException.at(
            at + "/" + i, "a state number is required, found " + describe(n) + ".");
      }
      if (!states.add(state(n.intValue(), at + "/" + i))) {
        throw InvalidSpecException.at(at + "/" + i, "state " + n.intValue() + " is listed twice.");
      }
    }
    return List.copyOf(states);
  }

  private int state(int number, String at) {
    if (!states.contains(number)) {
      throw InvalidSpecException.at(
          at, number + " is not a state (the states' enum: " + show(states) + ").");
    }
    return number;
  }

  private int code(JsonNode node, String key, String at) {
    return declared(requiredInt(node, key, at), at + "/" + key);
  }

  private Integer optionalCode(JsonNode node, String key, String at) {
    Integer code = optionalInt(node, key, at);
    return code == null ? null : declared(code, at + "/" + key);
  }

  private int declared(int code, String at) {
    if (!context.codes().contains(code)) {
      throw InvalidSpecException.at(
          at,
          "error code "
              + code
              + " is declared neither in the operation's x-error-codes nor in"
              + " #/x-platform-error-codes.");
    }
    return code;
  }

  private Schema property(Schema request, String name, String at) {
    Schema property = request.properties().get(name);
    if (property == null) {
      throw InvalidSpecException.at(
          at,
          name
              + " is not a property of the request body"
              + (request.pointer() == null ? "" : " " + request.pointer())
              + " (it has: "
              + known(request.properties().keySet())
              + ").");
    }
    return property;
  }

  private Schema resolve(Schema schema) {
    Schema s = schema;
    Set<String> seen = new HashSet<>();
    while (s.ref() != null && seen.add(s.ref()) && context.schemas().containsKey(s.ref())) {
      s = context.schemas().get(s.ref());
    }
    return s;
  }

  private static void keys(JsonNode node, String at, Set<String> allowed) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!allowed.contains(key)) {
                throw InvalidSpecException.at(
                    at + "/" + ContractModel.escape(key),
                    "unknown key " + key + " (known: " + known(allowed) + ").");
              }
            });
  }

  private static String show(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(StateMachineReader::show).collect(Collectors.joining(", "));
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(value);
  }
}
