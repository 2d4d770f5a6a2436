package dev.offerstatus.simulator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's offers and their state machine. Each transition runs atomically per offer, so
 * concurrent requests for one offer are serialised: none is lost and none applied twice.
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

  static final int PARAMETER_ERROR = 1002002;
  static final int PENDING_ONBOARDING_STATE_ERROR = 1002067;
  static final int ONBOARDED_STATE_ERROR = 1002068;

  private final Map<String, Offer> offers = new ConcurrentHashMap<>();

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
          PARAMETER_ERROR,
          "offer_id",
          offerId,
          "offer-exists",
          zh(locale)
              ? "不存在 ID 为 \"" + offerId + "\" 的 Offer"
              : "no offer with id \"" + offerId + "\" exists");
    }
    return outcome[0];
  }

  private static Outcome transition(Offer offer, Command command, Locale locale) {
    switch (command.operation()) {
      case CONFIRM_ONBOARDING:
        if (offer.state() != OfferState.PENDING_ONBOARDING) {
          return wrongState(offer, command, OfferState.PENDING_ONBOARDING, locale);
        }
        return new Outcome(
            offer.moved(OfferState.ONBOARDED, command.onboardingDate(), null, null), null);
      case CANCEL_ONBOARDING:
        if (offer.state() != OfferState.PENDING_ONBOARDING) {
          return wrongState(offer, command, OfferState.PENDING_ONBOARDING, locale);
        }
        return new Outcome(offer.moved(OfferState.ONBOARDING_CANCELLED, null, null, null), null);
      case OFFBOARD:
        if (offer.state() != OfferState.ONBOARDED) {
          return wrongState(offer, command, OfferState.ONBOARDED, locale);
        }
        if (!command.offboardingDate().isAfter(offer.onboardingDate())) {
          return refused(
              PARAMETER_ERROR,
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
            offer.moved(
                OfferState.OFFBOARDED,
                offer.onboardingDate(),
                command.offboardingDate(),
                command.notes()),
            null);
      default:
        throw new IllegalArgumentException("unknown operation " + command.operation());
    }
  }

  private static Outcome wrongState(
      Offer offer, Command command, OfferState needed, Locale locale) {
    int code =
        needed == OfferState.PENDING_ONBOARDING
            ? PENDING_ONBOARDING_STATE_ERROR
            : ONBOARDED_STATE_ERROR;
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
