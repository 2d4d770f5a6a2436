package dev.offerstatus.spec;

import java.util.Map;

/** The YAML line of each node of a read spec, by JSON pointer. */
final class SpecLines {
  static final SpecLines NONE = new SpecLines(Map.of());

  private final Map<String, Integer> lines;

  SpecLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** The 1-based line of the node at {@code pointer} ({@code #/...}), or 0 when unknown. */
  int of(String pointer) {
    return lines.getOrDefault(pointer, 0);
  }
}
