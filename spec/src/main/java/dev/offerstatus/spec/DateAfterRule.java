package dev.offerstatus.spec;

/**
 * {@code kind: date-after}: {@code field} must be later than {@code after} ({@code strict}) or not
 * earlier.
 *
 * @param id the rule id
 * @param field dotted path of the later date
 * @param after dotted path of the earlier date
 * @param strict whether the same day is refused
 * @param doc its {@code doc}, or empty
 * @param pointer where it is declared
 * @param line its YAML line, or 0 when unknown
 */
public record DateAfterRule(
    String id, String field, String after, boolean strict, String doc, String pointer, int line)
    implements ContractRule {}
