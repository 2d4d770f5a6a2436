package dev.offerstatus.rules.internal;

import java.util.List;

/**
 * {@code kind: required-when}: {@code field} must be present when the value at {@code whenField}
 * equals one of {@code values}.
 *
 * @param id the rule id
 * @param field dotted JSON path of the field that becomes required
 * @param whenField dotted JSON path of the field the condition reads
 * @param values the normalized scalars that trigger the rule ({@code equals} is one value)
 * @param in whether the spec wrote {@code in: [...]} rather than {@code equals}
 */
public record RequiredWhenRule(
    String id, String field, String whenField, List<Object> values, boolean in)
    implements ContractRule {}
