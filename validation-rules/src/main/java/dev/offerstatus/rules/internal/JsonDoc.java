package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON tree as a {@link Doc}. */
final class JsonDoc implements Doc<JsonNode> {
  static final JsonDoc INSTANCE = new JsonDoc();

  private JsonDoc() {}

  @Override
  public JsonNode child(JsonNode node, String name) {
    JsonNode child = node.isObject() ? node.get(name) : null;
    return child == null || child.isNull() ? null : child;
  }

  @Override
  public Object scalar(JsonNode node) {
    return Scalars.of(node);
  }
}
