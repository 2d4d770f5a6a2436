package dev.offerstatus.contract;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Provider states, with the parameters the offer-status simulator understands, for consumer pacts
 * of the offer endpoints: {@code builder.given(OfferStatusStates.TOKEN_VALID,
 * OfferStatusStates.validToken(token))}. The simulator acts on the parameters; the names are for
 * people reading the pact.
 */
public final class OfferStatusStates {
  /** The provider name the pacts of this toolkit use. */
  public static final String PROVIDER = "feishu-hire-intern-offer-status";

  /** State name: the token in {@code params.token} is a valid tenant access token. */
  public static final String TOKEN_VALID = "the tenant access token is valid";

  /** State name: the token in {@code params.token} has expired. */
  public static final String TOKEN_EXPIRED = "the tenant access token has expired";

  /** State name: the offer in {@code params.offer_id} is in {@code params.state}. */
  public static final String OFFER_IN_STATE = "the intern offer is in the given state";

  /**
   * State name: the offer in {@code params.offer_id} has the {@code offer_status} {@code
   * params.state}.
   */
  public static final String OFFER_HAS_STATUS = "the offer has the given offer_status";

  /** State name: the app has used up its rate limit; its next request is throttled. */
  public static final String RATE_LIMIT_EXHAUSTED = "the app has used up its rate limit";

  /** State name: no offer has the id in {@code params.offer_id}. */
  public static final String NO_SUCH_OFFER = "no offer has the given id";

  /**
   * State name: the talent in {@code params.talent_id} has exactly the offers in {@code
   * params.offer_ids} (comma-separated), each in {@code params.state}.
   */
  public static final String TALENT_HAS_OFFERS = "the talent has the given offers";

  private OfferStatusStates() {}

  /** Parameters removing any offer with {@code offerId}. */
  public static Map<String, Object> noSuchOffer(String offerId) {
    return Map.of("offer_id", Objects.requireNonNull(offerId, "offerId == null"));
  }

  /** Parameters storing offers of {@code talentId}, all pending onboarding (state 11). */
  public static Map<String, Object> talentWithPendingOffers(String talentId, String... offerIds) {
    if (offerIds.length == 0) {
      throw new IllegalArgumentException("at least one offer id is needed");
    }
    return Map.of(
        "talent_id", Objects.requireNonNull(talentId, "talentId == null"),
        "offer_ids", String.join(",", offerIds),
        "state", "pending_onboarding");
  }

  /** Parameters making {@code token} valid for the simulator's first app. */
  public static Map<String, Object> validToken(String token) {
    return Map.of("token", Objects.requireNonNull(token, "token == null"));
  }

  /** Parameters making {@code token} known but expired (99991663). */
  public static Map<String, Object> expiredToken(String token) {
    return Map.of("token", Objects.requireNonNull(token, "token == null"), "token_expired", true);
  }

  /** Parameters storing an offer pending onboarding (state 11). */
  public static Map<String, Object> pendingOnboarding(String offerId) {
    return Map.of(
        "offer_id",
        Objects.requireNonNull(offerId, "offerId == null"),
        "state",
        "pending_onboarding");
  }

  /** Parameters storing an offer onboarded (state 12) on {@code onboardingDate}. */
  public static Map<String, Object> onboarded(String offerId, LocalDate onboardingDate) {
    return Map.of(
        "offer_id", Objects.requireNonNull(offerId, "offerId == null"),
        "state", "onboarded",
        "onboarding_date",
            Objects.requireNonNull(onboardingDate, "onboardingDate == null").toString());
  }

  /**
   * Parameters storing an offer with {@code offerStatus} (any of the spec's {@code OfferStatus}
   * values, 1..13).
   */
  public static Map<String, Object> offerWithStatus(String offerId, int offerStatus) {
    return Map.of(
        "offer_id", Objects.requireNonNull(offerId, "offerId == null"), "state", offerStatus);
  }

  /** Parameters making the app of {@code token} answer 429 to its next request. */
  public static Map<String, Object> rateLimitExhausted(String token) {
    return Map.of(
        "token", Objects.requireNonNull(token, "token == null"), "rate_limit_exhausted", true);
  }
}
