package dev.offerstatus.rules.internal;

import dev.offerstatus.rules.Violation;
import java.util.Locale;
import java.util.Map;

/**
 * One broken rule before its message is rendered in a locale; also the dynamic payload of the
 * constraint violations raised by this module's validators.
 *
 * @param path JSON path of the rejected value
 * @param value the rejected value as found (String, Number, Boolean, JSON text, or null)
 * @param rule the rule id
 * @param messageKey the message bundle key, or {@link Messages#LITERAL} for a ready message in
 *     {@code params.get("message")}
 * @param params the message parameters
 */
public record RuleHit(
    String path, Object value, String rule, String messageKey, Map<String, String> params) {

  /** A hit whose message is already rendered (by another constraint's own interpolation). */
  public static RuleHit literal(String path, Object value, String rule, String message) {
    return new RuleHit(path, value, rule, Messages.LITERAL, Map.of("message", message));
  }

  /** The same hit, moved under a parent path. */
  public RuleHit under(String prefix) {
    return prefix.isEmpty()
        ? this
        : new RuleHit(DottedPaths.join(prefix, path), value, rule, messageKey, params);
  }

  /** The violation this hit is, its message rendered in a locale. */
  public Violation toViolation(Locale locale) {
    return new Violation(path, value, rule, Messages.render(messageKey, params, locale));
  }
}
