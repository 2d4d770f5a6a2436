package dev.offerstatus.rules.internal;

/** One entry of a schema's {@code x-contract-rules}. */
public sealed interface ContractRule permits RequiredWhenRule, DateAfterRule {
  /** The rule's stable id, shown in every violation. */
  String id();
}
