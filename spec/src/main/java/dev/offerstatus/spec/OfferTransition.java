package dev.offerstatus.spec;

import java.util.Optional;

/**
 * One entry of an operation's {@code x-offer-transitions}: the request {@code operation} moves an
 * offer from {@code offer_status} {@code from} to {@code to}.
 *
 * @param operation the value of the request's {@code operation}
 * @param from the {@code offer_status} it applies to
 * @param to the {@code offer_status} it leaves
 * @param assumption the documented assumption, when the pages do not state the transition
 */
public record OfferTransition(String operation, int from, int to, Optional<String> assumption) {}
