package dev.offerstatus.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A response.
 *
 * @param status its status key, e.g. {@code 200}
 * @param description its description
 * @param content its JSON body, if it has one
 * @param headers its headers by name, in spec order
 * @param pointer its pointer (after {@code $ref}s)
 * @param line its YAML line, or 0 when unknown
 */
public record Response(
    String status,
    String description,
    Optional<Body> content,
    Map<String, Header> headers,
    String pointer,
    int line) {
  /** Copies the headers. */
  public Response {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** The status as a number, or empty for {@code default} and ranges like {@code 4XX}. */
  public OptionalInt httpStatus() {
    return status.matches("[1-5]\\d\\d")
        ? OptionalInt.of(Integer.parseInt(status))
        : OptionalInt.empty();
  }
}
