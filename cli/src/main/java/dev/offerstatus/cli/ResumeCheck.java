package dev.offerstatus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.JsonScalars;
import dev.offerstatus.spec.StateMachine;
import java.util.Optional;

/**
 * Settles a batch row left in doubt by an interrupted run from the offer's status read back, using
 * the state machine the spec declares for the row's operation ({@code x-offer-transitions}): the
 * status the row's transition leads to means the interrupted run applied it, a status it starts
 * from means it still has to be sent, any other status means something else changed the offer. No
 * state, operation or value is written here.
 */
final class ResumeCheck {
  /** What to do with the row. */
  enum Verdict {
    APPLIED,
    SEND,
    OTHER_STATE,
    /** The status is both one the transition starts from and the one it leads to. */
    CANNOT_TELL
  }

  private ResumeCheck() {}

  /** The transition the row's request asks for, when its operation declares a state machine. */
  static Optional<StateMachine.Transition> transition(RowRequest request) {
    return request
        .operation()
        .stateMachine()
        .flatMap(
            machine -> {
              JsonNode value =
                  request.body() == null ? null : request.body().get(machine.selector());
              return machine.transition(JsonScalars.of(value));
            });
  }

  static Verdict verdict(StateMachine.Transition transition, int offerStatus) {
    boolean leadsTo = offerStatus == transition.to();
    boolean startsFrom = transition.allows(offerStatus);
    if (leadsTo && startsFrom) {
      return Verdict.CANNOT_TELL;
    }
    if (leadsTo) {
      return Verdict.APPLIED;
    }
    return startsFrom ? Verdict.SEND : Verdict.OTHER_STATE;
  }
}
