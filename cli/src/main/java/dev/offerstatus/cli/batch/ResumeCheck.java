package dev.offerstatus.cli.batch;

import dev.offerstatus.spec.StateMachine;

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
