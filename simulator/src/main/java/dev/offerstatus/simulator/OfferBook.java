package dev.offerstatus.simulator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The simulator's offers by id. Each change of one offer is atomic, so concurrent requests for one
 * offer are serialised: none is lost and none applied twice.
 */
final class OfferBook {
  private final Map<String, Offer> offers = new ConcurrentHashMap<>();

  void put(Offer offer) {
    offers.put(offer.offerId(), offer);
  }

  /** How many offers the book holds now. */
  int size() {
    return offers.size();
  }

  void remove(String offerId) {
    offers.remove(offerId);
  }

  Optional<Offer> get(String offerId) {
    return Optional.ofNullable(offers.get(offerId));
  }

  /**
   * Changes one offer atomically: {@code change} gets the offer and returns it changed, or null to
   * leave it as it is; it is not called when there is no offer with that id.
   */
  void update(String offerId, UnaryOperator<Offer> change) {
    offers.computeIfPresent(
        offerId,
        (id, offer) -> {
          Offer changed = change.apply(offer);
          return changed == null ? offer : changed;
        });
  }

  /**
   * The offers that {@code matches}, whose id sorts after {@code afterOfferId} (null: from the
   * first), in offer id order, at most {@code limit} of them plus one more to tell whether more
   * follow. A snapshot: offers added or changed meanwhile may or may not show.
   */
  List<Offer> page(Predicate<Offer> matches, String afterOfferId, int limit) {
    return offers.values().stream()
        .filter(matches)
        .filter(o -> afterOfferId == null || o.offerId().compareTo(afterOfferId) > 0)
        .sorted(Comparator.comparing(Offer::offerId))
        .limit(limit + 1L)
        .toList();
  }
}
