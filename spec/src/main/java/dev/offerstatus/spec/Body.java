package dev.offerstatus.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON body (request or response).
 *
 * @param mediaType its media type, e.g. {@code application/json; charset=utf-8}
 * @param schemaName the component schema it refers to, if it is a {@code $ref}
 * @param schema its schema
 * @param examples its named examples (and {@code example}, named so), in spec order
 * @param pointer the media type's pointer
 * @param line its YAML line, or 0 when unknown
 * @param examplesWithoutValue the names of named examples that have no {@code value} (e.g. only an
 *     {@code externalValue}), which {@code examples} leaves out
 */
public record Body(
    String mediaType,
    Optional<String> schemaName,
    Schema schema,
    Map<String, Example> examples,
    String pointer,
    int line,
    java.util.List<String> examplesWithoutValue) {
  /** Copies the collections. */
  public Body {
    examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
    examplesWithoutValue = java.util.List.copyOf(examplesWithoutValue);
  }
}
