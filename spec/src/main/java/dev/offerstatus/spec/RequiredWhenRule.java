package dev.offerstatus.spec;

import java.util.List;

/**
 * {@code kind: required-when}: {@code field} is required when {@code whenField} has one of {@code
 * values}.
 *
 * @param id the rule id
 * @param field dotted path of the field that becomes required
 * @param whenField dotted path of the field the condition reads
 * @param values the normalized scalars that trigger the rule
 * @param in whether the spec wrote {@code in: [...]} rather than {@code equals}
 * @param doc its {@code doc}, or empty
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record RequiredWhenRule(
    String id,
    String field,
    String whenField,
    List<Object> values,
    boolean in,
    String doc,
    String pointer,
    int line)
    implements ContractRule {
  /** Copies the values. */
  public RequiredWhenRule {
    values = List.copyOf(values);
  }
}
