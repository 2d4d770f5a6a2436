package dev.offerstatus.spec;

import java.util.OptionalInt;

/**
 * An operation's {@code x-rate-limit}: requests per app (and tenant).
 *
 * @param perSecond {@code per-second}
 * @param perMinute {@code per-minute}, if declared
 */
public record DeclaredRateLimit(int perSecond, OptionalInt perMinute) {}
