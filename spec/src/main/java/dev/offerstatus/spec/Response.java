package dev.offerstatus.spec;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A response.
 *
 * @param status its status key, e.g. {@code 200}
 * @param description its description
 * @param content its JSON body, if it has one
 * @param pointer its pointer (after {@code $ref}s)
 */
public record Response(String status, String description, Optional<Body> content, String pointer) {
  /** The status as a number, or empty for {@code default} and ranges like {@code 4XX}. */
  public OptionalInt httpStatus() {
    return status.matches("[1-5]\\d\\d")
        ? OptionalInt.of(Integer.parseInt(status))
        : OptionalInt.empty();
  }
}
