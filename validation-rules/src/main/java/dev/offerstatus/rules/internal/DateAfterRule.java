package dev.offerstatus.rules.internal;

/**
 * {@code kind: date-after}: when both dates are present and valid, {@code field} must be later than
 * {@code after} ({@code strict}) or not earlier than it.
 *
 * @param id the rule id
 * @param field dotted JSON path of the later date
 * @param after dotted JSON path of the earlier date
 * @param strict whether the same day is rejected
 */
public record DateAfterRule(String id, String field, String after, boolean strict)
    implements ContractRule {}
