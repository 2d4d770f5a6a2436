package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON nodes by the dotted paths the spec uses ({@code data.offer}, {@code a.b}). */
final class DottedPaths {
  private DottedPaths() {}

  /** The node at a dotted path, or a missing node. */
  static JsonNode at(JsonNode root, String dottedPath) {
    JsonNode node = root;
    for (String name : dottedPath.split("\\.")) {
      node = node.path(name);
    }
    return node;
  }

  /** Sets {@code value} at a dotted path of {@code root}, creating the objects on the way. */
  static void put(ObjectNode root, String dottedPath, JsonNode value) {
    String[] names = dottedPath.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < names.length - 1; i++) {
      JsonNode next = node.get(names[i]);
      node = next instanceof ObjectNode object ? object : node.putObject(names[i]);
    }
    node.set(names[names.length - 1], value);
  }
}
