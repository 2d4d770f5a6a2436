package dev.offerstatus.spec;

/**
 * A parameter.
 *
 * @param name its name
 * @param in {@code path}, {@code query}, {@code header} or {@code cookie}
 * @param required whether it is required
 * @param schema its schema
 * @param pointer where it is declared (after {@code $ref}s)
 */
public record Parameter(String name, String in, boolean required, Schema schema, String pointer) {}
