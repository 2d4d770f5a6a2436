package dev.offerstatus.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request routed to an operation.
 *
 * @param operation the operation
 * @param pathParameters the raw (still percent-encoded) value of each path template variable
 */
public record Route(Operation operation, Map<String, String> pathParameters) {
  /** Copies the map. */
  public Route {
    pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
  }
}
