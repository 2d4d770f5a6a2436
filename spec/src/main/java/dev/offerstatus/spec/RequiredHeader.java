package dev.offerstatus.spec;

/**
 * One entry of an operation's {@code x-required-headers}: a header the page requires.
 *
 * @param name the header's name
 * @param value the value the page gives (a fixed value, or a template like {@code Bearer
 *     {tenant_access_token}})
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record RequiredHeader(String name, String value, String pointer, int line) {}
