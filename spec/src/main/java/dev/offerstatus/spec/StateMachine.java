package dev.offerstatus.spec;

import java.util.List;
import java.util.Optional;

/**
 * A write operation's {@code x-offer-transitions}: how a request moves an offer between the states
 * of a state schema ({@code offer_status} 1..13), read so that a stand-in provider can apply any
 * operation's transitions without code of its own.
 *
 * <p>The request's {@code selector} field picks the transition whose {@code when} equals its value.
 * The offer is named by the path parameter {@code offerParameter}; an id with no offer is answered
 * with {@code unknownOfferCode}. An offer in one of the transition's {@code from} states moves to
 * {@code to} and keeps the request fields the transition names in {@code keeps}; in any other state
 * the request is refused with {@link Transition#refusalCode(int)}.
 *
 * @param offerParameter {@code offer-parameter}: the path parameter that names the offer
 * @param states {@code states}: the component schema whose integer enum lists the states and whose
 *     {@code x-enum-descriptions} label them
 * @param selector {@code selector}: the request body field whose value picks the transition
 * @param unknownOfferCode {@code unknown-offer}: the error code answered for an offer that does not
 *     exist
 * @param refusedFrom the machine-level {@code refused-from} entries: codes for groups of states,
 *     for every transition
 * @param transitions {@code transitions}, in spec order; each {@code when} once
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record StateMachine(
    String offerParameter,
    String states,
    String selector,
    int unknownOfferCode,
    List<Refusal> refusedFrom,
    List<Transition> transitions,
    String pointer,
    int line) {
  /** Copies the lists. */
  public StateMachine {
    refusedFrom = List.copyOf(refusedFrom);
    transitions = List.copyOf(transitions);
  }

  /** The transition whose {@code when} is {@code selectorValue} (a normalized scalar). */
  public Optional<Transition> transition(Object selectorValue) {
    return transitions.stream().filter(t -> JsonScalars.same(t.when(), selectorValue)).findFirst();
  }

  /**
   * One entry of {@code transitions}.
   *
   * @param when {@code when}: the selector value that picks it, as a normalized scalar ({@link
   *     JsonScalars})
   * @param from {@code from}: the states it applies to
   * @param to {@code to}: the state it leaves the offer in
   * @param refusedCode {@code refused} (else the machine's): the code answered from any other state
   * @param refusedFrom the codes for groups of other states: its own {@code refused-from} entries
   *     first, then the machine's
   * @param keeps {@code keeps}: request body fields the offer keeps, so that later answers show
   *     them (fields kept earlier stay)
   * @param assumption {@code assumption}: what was assumed where the pages do not state the
   *     transition
   * @param pointer where it is declared
   * @param line its YAML line, or 0 when unknown
   */
  public record Transition(
      Object when,
      List<Integer> from,
      int to,
      int refusedCode,
      List<Refusal> refusedFrom,
      List<String> keeps,
      Optional<String> assumption,
      String pointer,
      int line) {
    /** Copies the lists. */
    public Transition {
      from = List.copyOf(from);
      refusedFrom = List.copyOf(refusedFrom);
      keeps = List.copyOf(keeps);
    }

    /** Whether an offer in {@code state} may take this transition. */
    public boolean allows(int state) {
      return from.contains(state);
    }

    /**
     * The code answered for an offer in {@code state}, which the transition does not allow: the
     * first {@code refused-from} entry that lists the state, else {@link #refusedCode()}.
     */
    public int refusalCode(int state) {
      return refusedFrom.stream()
          .filter(r -> r.states().contains(state))
          .map(Refusal::code)
          .findFirst()
          .orElse(refusedCode);
    }
  }

  /**
   * One entry of a {@code refused-from} list: the code answered for an offer in any of {@code
   * states}.
   *
   * @param states {@code states}
   * @param code {@code code}
   * @param assumption {@code assumption}, where the pages do not state it
   * @param pointer where it is declared
   * @param line its YAML line, or 0 when unknown
   */
  public record Refusal(
      List<Integer> states, int code, Optional<String> assumption, String pointer, int line) {
    /** Copies the states. */
    public Refusal {
      states = List.copyOf(states);
    }
  }
}
