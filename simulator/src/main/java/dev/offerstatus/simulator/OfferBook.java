package dev.offerstatus.simulator;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.StateMachine;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's offers and their state machine, as the spec's {@code x-offer-transitions} of the
 * write operation declare it; refusals use the codes the machine declares. Each transition runs
 * atomically per offer, so concurrent requests for one offer are serialised: none is lost and none
 * applied twice.
 */
final class OfferBook {
  /** A request's operation with the dates it carries (already checked against the rules). */
  record Command(
      String operation, LocalDate onboardingDate, LocalDate offboardingDate, String notes) {}

  /** A refused transition: the platform error code and what was wrong. */
  record Refusal(int code, String path, Object value, String rule, String message) {}

  /** The outcome: the offer after the transition, or the refusal. */
  record Outcome(Offer offer, Refusal refusal) {}

  static final String CONFIRM_ONBOARDING = "confirm_onboarding";
  static final String CANCEL_ONBOARDING = "cancel_onboarding";
  static final String OFFBOARD = "offboard";

  private final Map<String, Offer> offers = new ConcurrentHashMap<>();
  private final StateMachine machine;
  private final int parameterError;

  /** The book of the write operation: its state machine and the code of a parameter error. */
  OfferBook(ContractModel model, Operation write) {
    this.machine =
        write
            .stateMachine()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The spec's " + write.operationId() + " declares no x-offer-transitions"));
    this.parameterError = model.requireErrorCode(write, ErrorKind.PARAMETER).code();
  }

  /** The code of a parameter error (the spec's {@code kind: parameter}). */
  int parameterError() {
    return parameterError;
  }

  void put(Offer offer) {
    offers.put(offer.offerId(), offer);
  }

  void remove(String offerId) {
    offers.remove(offerId);
  }

  Optional<Offer> get(String offerId) {
    return Optional.ofNullable(offers.get(offerId));
  }

  /**
   * The offers of one talent whose id sorts after {@code afterOfferId} (null: from the first), in
   * offer id order, at most {@code limit} of them plus one more to tell whether more follow. A
   * snapshot: offers added or changed meanwhile may or may not show.
   */
  List<Offer> ofTalent(String talentId, String afterOfferId, int limit) {
    return offers.values().stream()
        .filter(o -> o.talentId().equals(talentId))
        .filter(o -> afterOfferId == null || o.offerId().compareTo(afterOfferId) > 0)
        .sorted(Comparator.comparing(Offer::offerId))
        .limit(limit + 1L)
        .toList();
  }

  /** Applies one command to one offer, atomically. */
  Outcome apply(String offerId, Command command, Locale locale) {
    Outcome[] outcome = new Outcome[1];
    offers.computeIfPresent(
        offerId,
        (id, offer) -> {
          outcome[0] = transition(offer, command, locale);
          return outcome[0].offer() == null ? offer : outcome[0].offer();
        });
    if (outcome[0] == null) {
      return refused(
          machine.unknownOfferCode(),
          "offer_id",
          offerId,
          "offer-exists",
          zh(locale)
              ? "不存在 ID 为 \"" + offerId + "\" 的 Offer"
              : "no offer with id \"" + offerId + "\" exists");
    }
    return outcome[0];
  }

  private Outcome transition(Offer offer, Command command, Locale locale) {
    StateMachine.Transition t =
        machine
            .transition(command.operation())
            .orElseThrow(
                () -> new IllegalArgumentException("unknown operation " + command.operation()));
    OfferState needed = OfferState.ofStatus(t.from().get(0));
    int state = offer.state().offerStatus().orElseThrow();
    if (!t.allows(state)) {
      return wrongState(offer, command, needed, t.refusalCode(state), locale);
    }
    OfferState next = OfferState.ofStatus(t.to());
    switch (command.operation()) {
      case CONFIRM_ONBOARDING:
        return new Outcome(offer.moved(next, command.onboardingDate(), null, null), null);
      case CANCEL_ONBOARDING:
        return new Outcome(offer.moved(next, null, null, null), null);
      case OFFBOARD:
        if (!command.offboardingDate().isAfter(offer.onboardingDate())) {
          return refused(
              parameterError,
              "offboarding_info.actual_offboarding_date",
              command.offboardingDate().toString(),
              "offboarding-date-after-onboarding-date",
              zh(locale)
                  ? "实际离职日期需晚于该 Offer 的实际入职日期 "
                      + offer.onboardingDate()
                      + "，实际为 \""
                      + command.offboardingDate()
                      + "\""
                  : "must be later than the offer's actual onboarding date "
                      + offer.onboardingDate()
                      + ", was \""
                      + command.offboardingDate()
                      + "\"");
        }
        return new Outcome(
            offer.moved(next, offer.onboardingDate(), command.offboardingDate(), command.notes()),
            null);
      default:
        throw new IllegalArgumentException("unknown operation " + command.operation());
    }
  }

  private Outcome wrongState(
      Offer offer, Command command, OfferState needed, int code, Locale locale) {
    return refused(
        code,
        "operation",
        command.operation(),
        "offer-state",
        zh(locale)
            ? "Offer "
                + offer.offerId()
                + " 的状态为 "
                + offer.state()
                + "，"
                + command.operation()
                + " 需要 "
                + needed
            : "offer "
                + offer.offerId()
                + " is "
                + offer.state()
                + "; "
                + command.operation()
                + " needs "
                + needed);
  }

  private static Outcome refused(int code, String path, Object value, String rule, String message) {
    return new Outcome(null, new Refusal(code, path, value, rule, message));
  }

  static boolean zh(Locale locale) {
    return locale.getLanguage().equals("zh");
  }
}
