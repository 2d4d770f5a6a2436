package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import java.util.Locale;

/**
 * Who may use the provider-state endpoint, which can mint valid tokens and rewrite offers: nobody
 * unless the simulator was started with provider states on; then only {@code application/json}
 * requests (a browser page cannot send that cross-origin without a preflight the simulator never
 * answers) and, when a key is set, only requests carrying it in {@value #KEY_HEADER}.
 */
record ProviderStateGate(boolean enabled, String key) {
  /** The header a verifier passes the per-run key in. */
  static final String KEY_HEADER = "X-Provider-State-Key";

  static ProviderStateGate closed() {
    return new ProviderStateGate(false, null);
  }

  /** Null when the request may pass, else the refusal to send. */
  Reply refusal(Headers headers) {
    String type = headers.getFirst("Content-Type");
    String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      return refuse(
          415,
          "the provider-state endpoint accepts only Content-Type application/json, got "
              + (type == null ? "none" : "\"" + Echo.shortened(type) + "\""));
    }
    if (key != null && !Secrets.equal(key, headers.getFirst(KEY_HEADER))) {
      return refuse(
          403,
          "the provider-state endpoint needs the simulator's key in the " + KEY_HEADER + " header");
    }
    return null;
  }

  private static Reply refuse(int status, String message) {
    ObjectNode answer = new ObjectMapper().createObjectNode();
    answer.put("error", message);
    return new Reply(status, answer);
  }
}
