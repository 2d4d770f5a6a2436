package dev.offerstatus.spec;

/**
 * A response header.
 *
 * @param name its name as keyed under the response's {@code headers}
 * @param component the {@code #/components/headers} entry it refers to ({@code $ref}), or null
 * @param description its description, or empty
 * @param schema its schema
 * @param pointer where it is declared (after {@code $ref}s)
 * @param line its YAML line, or 0 when unknown
 */
public record Header(
    String name, String component, String description, Schema schema, String pointer, int line) {}
