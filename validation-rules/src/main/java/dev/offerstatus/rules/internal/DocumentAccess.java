package dev.offerstatus.rules.internal;

import java.time.LocalDate;

/**
 * What the rule kinds need to read from a document, whatever its form (a JSON tree or a bean).
 *
 * @param <N> the node type
 */
public interface DocumentAccess<N> {
  /** The property of that JSON name, or null when it is absent, JSON null, or not an object's. */
  N child(N node, String name);

  /** The node as a normalized scalar (String, BigDecimal, Boolean), or null for containers. */
  Object scalar(N node);

  /** The node as a date of the contract's format, or null when it is not one. */
  default LocalDate date(N node) {
    return scalar(node) instanceof String text ? CalendarDates.parse(text) : null;
  }

  /** The node at a dotted JSON path, or null when any step is absent. */
  default N at(N root, String dottedPath) {
    N node = root;
    for (String name : DottedPaths.segments(dottedPath)) {
      if (node == null) {
        return null;
      }
      node = child(node, name);
    }
    return node;
  }
}
