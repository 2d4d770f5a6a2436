package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.JsonScalars;

/** A JSON tree as a {@link DocumentAccess}. */
final class JsonDocumentAccess implements DocumentAccess<JsonNode> {
  static final JsonDocumentAccess INSTANCE = new JsonDocumentAccess();

  private JsonDocumentAccess() {}

  @Override
  public JsonNode child(JsonNode node, String name) {
    JsonNode child = node.isObject() ? node.get(name) : null;
    return child == null || child.isNull() ? null : child;
  }

  @Override
  public Object scalar(JsonNode node) {
    return JsonScalars.of(node);
  }
}
