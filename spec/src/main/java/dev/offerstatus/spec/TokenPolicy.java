package dev.offerstatus.spec;

import java.time.Duration;

/**
 * The token operation's {@code x-token-policy}.
 *
 * @param maxLifetime {@code max-lifetime-seconds}: the longest a token lives
 * @param reissueBelow {@code reissue-below-seconds}: while at least this much of a token's life
 *     remains the endpoint answers with the same token; below it, with a new one (the old one stays
 *     valid)
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record TokenPolicy(Duration maxLifetime, Duration reissueBelow, String pointer, int line) {}
