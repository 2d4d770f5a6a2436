package dev.offerstatus.checks.payloads;

import dev.offerstatus.checks.Finding;
import dev.offerstatus.spec.Operation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request read from a payload fixture: its operation, its path and query parameters (decoded
 * text by name) and its JSON body text (null when none), or the findings that stop it from being
 * judged.
 *
 * @param operation the operation, or null when {@code problems} is not empty
 * @param parameters path and query parameter values by name
 * @param body the JSON body text, or null
 * @param problems what keeps the fixture from being a request (empty when it is one)
 */
record FixtureRequest(
    Operation operation, Map<String, String> parameters, String body, List<Finding> problems) {
  FixtureRequest {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    problems = List.copyOf(problems);
  }

  /** A request to judge. */
  static FixtureRequest of(Operation operation, Map<String, String> parameters, String body) {
    return new FixtureRequest(operation, parameters, body, List.of());
  }

  /** A fixture that is not a request, for one reason. */
  static FixtureRequest problem(String location, String path, String message) {
    return new FixtureRequest(null, Map.of(), null, List.of(new Finding(location, path, message)));
  }
}
