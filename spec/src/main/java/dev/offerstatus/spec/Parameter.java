package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parameter.
 *
 * @param name its name
 * @param in {@code path}, {@code query}, {@code header} or {@code cookie}
 * @param required whether it is required
 * @param schema its schema
 * @param description its description, or empty
 * @param example the parameter's own {@code example} (not its schema's), or null (a copy on each
 *     call)
 * @param pointer where it is declared (after {@code $ref}s)
 * @param line its YAML line, or 0 when unknown
 */
public record Parameter(
    String name,
    String in,
    boolean required,
    Schema schema,
    String description,
    JsonNode example,
    String pointer,
    int line) {
  /** Copies the example. */
  public Parameter {
    example = example == null ? null : example.deepCopy();
  }

  /** A copy of the parameter's own {@code example}, or null. */
  @Override
  public JsonNode example() {
    return example == null ? null : example.deepCopy();
  }
}
