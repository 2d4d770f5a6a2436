package dev.offerstatus.checks;

import java.util.Objects;

/**
 * One problem a check found: where (a file, with its line when known), the spec's JSON pointer (or
 * a JSON path inside a payload, empty when there is none) and what is wrong.
 */
public record Finding(String location, String pointer, String message) {
  public Finding {
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(pointer, "pointer == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** The report line: {@code location: pointer: message}, the pointer left out when empty. */
  @Override
  public String toString() {
    return pointer.isEmpty()
        ? location + ": " + message
        : location + ": " + pointer + ": " + message;
  }
}
