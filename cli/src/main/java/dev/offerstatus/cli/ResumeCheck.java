package dev.offerstatus.cli;

import dev.offerstatus.spec.ContractModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles a batch row left in doubt by an interrupted run from the offer's status read back, using
 * the spec's {@code x-offer-transitions} (operation, from, to): the status the operation leads to
 * means the interrupted run applied it, the status it starts from means it still has to be sent,
 * any other status means something else changed the offer.
 */
final class ResumeCheck {
  /** One transition of the spec's state machine. */
  record Transition(String operation, int from, int to) {}

  /** What to do with the row. */
  enum Verdict {
    APPLIED,
    SEND,
    OTHER_STATE
  }

  private final Map<String, Transition> byOperation = new LinkedHashMap<>();

  /** The check of the spec's {@code x-offer-transitions} of the operation a batch sends. */
  static ResumeCheck fromSpec() {
    return new ResumeCheck(
        ContractModel.fromClasspath()
            .requireOperation(SendingMarks.WRITE_OPERATION)
            .stateMachine()
            .map(m -> m.transitions())
            .orElse(List.of())
            .stream()
            .map(t -> new Transition(String.valueOf(t.when()), t.from().get(0), t.to()))
            .toList());
  }

  ResumeCheck(List<Transition> transitions) {
    for (Transition t : transitions) {
      if (byOperation.putIfAbsent(t.operation(), t) != null) {
        throw new IllegalStateException(
            "x-offer-transitions declares operation " + t.operation() + " twice");
      }
    }
  }

  /** The transition of {@code operation}; the rules let no other operation into a batch. */
  Transition transition(String operation) {
    Transition t = byOperation.get(operation);
    if (t == null) {
      throw new IllegalStateException(
          "x-offer-transitions declares no transition for operation " + operation);
    }
    return t;
  }

  Verdict verdict(String operation, int offerStatus) {
    Transition t = transition(operation);
    if (offerStatus == t.to()) {
      return Verdict.APPLIED;
    }
    if (offerStatus == t.from()) {
      return Verdict.SEND;
    }
    return Verdict.OTHER_STATE;
  }
}
