package dev.offerstatus.spec;

import java.util.List;

/**
 * An extension that is a list of names ({@code x-app-types}, {@code x-required-scopes}).
 *
 * @param values the names, in spec order; empty when the extension is absent
 * @param pointer where it is (or would be) declared
 * @param line its YAML line, or 0 when it is absent
 * @param lines the YAML line of each name, in the same order
 */
public record DeclaredList(List<String> values, String pointer, int line, List<Integer> lines) {
  /** Copies the lists. */
  public DeclaredList {
    values = List.copyOf(values);
    lines = List.copyOf(lines);
  }

  /** Whether the spec declares the extension. */
  public boolean declared() {
    return line > 0 || !values.isEmpty();
  }

  /** The pointer of the name at {@code index}. */
  public String pointer(int index) {
    return pointer + "/" + index;
  }
}
