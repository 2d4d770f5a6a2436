package dev.offerstatus.spec;

/** One entry of a schema's {@code x-contract-rules}. */
public sealed interface ContractRule permits RequiredWhenRule, DateAfterRule {
  /** The rule's stable id. */
  String id();

  /** Dotted path of the field the rule constrains, relative to the schema. */
  String field();

  /** Its {@code doc} text, or empty. */
  String doc();

  /** Where it is declared. */
  String pointer();

  /** Its YAML line, or 0 when unknown. */
  int line();
}
