package dev.offerstatus.spec;

import java.util.List;
import java.util.Optional;

/**
 * One entry of an operation's {@code x-field-scopes}: response fields (or a parameter value) that
 * need any one of some scopes (the page's 字段权限要求).
 *
 * @param description its {@code description}, or empty
 * @param fields {@code fields}: dotted paths from the response body; empty for a parameter value
 * @param when {@code when}: the parameter value the statement is about, if any
 * @param anyOf {@code any-of}: the scopes, any one of which suffices
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record FieldScope(
    String description,
    List<String> fields,
    Optional<When> when,
    List<String> anyOf,
    String pointer,
    int line) {
  /** Copies the lists. */
  public FieldScope {
    fields = List.copyOf(fields);
    anyOf = List.copyOf(anyOf);
  }

  /**
   * A {@code when} condition: the statement is about {@code parameter} having {@code equals}.
   *
   * @param parameter the parameter's name
   * @param equals its value
   */
  public record When(String parameter, String equals) {}
}
