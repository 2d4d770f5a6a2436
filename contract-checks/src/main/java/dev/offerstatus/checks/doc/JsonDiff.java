package dev.offerstatus.checks.doc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.checks.SpecDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Lists where two JSON values differ, as JSON pointers with the values from and to. */
final class JsonDiff {
  private JsonDiff() {}

  static void differences(String pointer, JsonNode from, JsonNode to, List<String> out) {
    if (from.isObject() && to.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      from.fieldNames().forEachRemaining(names::add);
      to.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = pointer + "/" + SpecDocument.escape(name);
        if (!from.has(name)) {
          out.add(child + " (added " + to.get(name) + ")");
        } else if (!to.has(name)) {
          out.add(child + " (removed " + from.get(name) + ")");
        } else {
          differences(child, from.get(name), to.get(name), out);
        }
      }
    } else if (from.isArray() && to.isArray() && from.size() == to.size()) {
      for (int i = 0; i < from.size(); i++) {
        differences(pointer + "/" + i, from.get(i), to.get(i), out);
      }
    } else if (!from.equals(to)) {
      out.add((pointer.isEmpty() ? "/" : pointer) + " (from " + from + " to " + to + ")");
    }
  }
}
