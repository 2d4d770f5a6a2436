package dev.offerstatus.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A success envelope (code 0), the answer it came in and the request it answers.
 *
 * @param what the request as messages name it, e.g. {@code POST /open-apis/...}
 */
record Exchanged(Wire.Answer answer, JsonNode envelope, String what) {}
