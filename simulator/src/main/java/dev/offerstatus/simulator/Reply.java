package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A response to write: status, JSON body and extra headers. */
record Reply(int status, JsonNode body, Map<String, String> headers) {
  Reply(int status, JsonNode body) {
    this(status, body, Map.of());
  }
}
