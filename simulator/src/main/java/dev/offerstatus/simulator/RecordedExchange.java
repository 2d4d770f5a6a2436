package dev.offerstatus.simulator;

/**
 * One request the simulator answered, for tests to assert on: method, raw path, the {@code
 * Authorization} header as sent (or null), the body, the HTTP status and the answer's {@code code}.
 */
public record RecordedExchange(
    String method, String path, String authorization, String body, int status, int code) {}
