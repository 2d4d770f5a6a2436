package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.StateMachine;
import dev.offerstatus.spec.StateMachine.Transition;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The states an intern offer goes through in the simulator. Their {@code offer_status} numbers are
 * not written here: they come from the spec's {@code x-offer-transitions} (the state {@code
 * confirm_onboarding} starts from, the one it leads to, and so on).
 */
public enum OfferState {
  /** 实习待入职: the state confirm_onboarding and cancel_onboarding start from (11). */
  PENDING_ONBOARDING("pending_onboarding"),
  /** 实习已入职: the state confirm_onboarding leads to, which offboard starts from (12). */
  ONBOARDED("onboarded"),
  /** 实习已离职: the state offboard leads to (13). */
  OFFBOARDED("offboarded"),
  /**
   * The state cancel_onboarding leads to; the pages do not say which number an intern offer reports
   * after it, so the spec declares it as an assumption (8).
   */
  ONBOARDING_CANCELLED("onboarding_cancelled");

  private final String id;

  OfferState(String id) {
    this.id = id;
  }

  private static final class Numbers {
    static final Map<OfferState, Integer> BY_STATE =
        derive(
            ContractModel.fromClasspath()
                .requireOperation(SimulatorHandler.WRITE_OPERATION)
                .stateMachine()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "The spec's "
                                + SimulatorHandler.WRITE_OPERATION
                                + " declares no x-offer-transitions")));
  }

  /**
   * The number of each state from the transitions of the write operation.
   *
   * @throws IllegalStateException when a transition the simulator needs is missing or does not
   *     start where the state machine needs it to
   */
  static Map<OfferState, Integer> derive(StateMachine machine) {
    Transition confirm = transition(machine, OfferBook.CONFIRM_ONBOARDING);
    Transition cancel = transition(machine, OfferBook.CANCEL_ONBOARDING);
    Transition offboard = transition(machine, OfferBook.OFFBOARD);
    if (confirm.from().size() != 1
        || !cancel.from().equals(confirm.from())
        || !offboard.from().equals(List.of(confirm.to()))) {
      throw new IllegalStateException(
          "The spec's x-offer-transitions do not form the intern offer state machine: "
              + machine.transitions());
    }
    Map<OfferState, Integer> numbers = new EnumMap<>(OfferState.class);
    numbers.put(PENDING_ONBOARDING, confirm.from().get(0));
    numbers.put(ONBOARDED, confirm.to());
    numbers.put(OFFBOARDED, offboard.to());
    numbers.put(ONBOARDING_CANCELLED, cancel.to());
    return numbers;
  }

  private static Transition transition(StateMachine machine, String operation) {
    return machine
        .transition(operation)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The spec's x-offer-transitions have no transition for " + operation));
  }

  /** The state whose {@code offer_status} is {@code number}. */
  static OfferState ofStatus(int number) {
    return Arrays.stream(values())
        .filter(s -> s.number() == number)
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("No simulator state has offer_status " + number));
  }

  private int number() {
    return Numbers.BY_STATE.get(this);
  }

  /** The name used in seed files and provider-state parameters, e.g. {@code pending_onboarding}. */
  public String id() {
    return id;
  }

  /** Feishu's {@code offer_status} number for this state, as the spec's transitions give it. */
  public OptionalInt offerStatus() {
    return OptionalInt.of(number());
  }

  /**
   * Parses a state given by its id ({@code onboarded}) or its Feishu number ({@code 12}).
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static OfferState parse(String text) {
    if (text != null) {
      String trimmed = text.trim();
      for (OfferState state : values()) {
        if (state.id.equals(trimmed.toLowerCase(Locale.ROOT))
            || String.valueOf(state.number()).equals(trimmed)) {
          return state;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown offer state "
            + (text == null ? "null" : '"' + text + '"')
            + "; expected one of "
            + Arrays.stream(values())
                .map(
                    s ->
                        s.id
                            + s.offerStatus().stream()
                                .mapToObj(n -> " (" + n + ")")
                                .findFirst()
                                .orElse(""))
                .collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id + offerStatus().stream().mapToObj(n -> " (" + n + ")").findFirst().orElse("");
  }
}
