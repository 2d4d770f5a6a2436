package dev.offerstatus.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A named example.
 *
 * @param name its name ({@code example} for a single one)
 * @param value its value (a copy on each call)
 * @param pointer the pointer of its value
 * @param line the YAML line of its value, or 0 when unknown
 */
public record Example(String name, JsonNode value, String pointer, int line) {
  /** Copies the value. */
  public Example {
    value = value.deepCopy();
  }

  /** A copy of the value. */
  @Override
  public JsonNode value() {
    return value.deepCopy();
  }
}
