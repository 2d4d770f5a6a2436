package dev.offerstatus.rules.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders messages from this module's {@code ValidationMessages} bundles (English base, Simplified
 * Chinese), replacing {@code {name}} parameters the way Hibernate Validator does.
 */
public final class Messages {
  /** The bundle base name, shared with Hibernate Validator. */
  public static final String BUNDLE = "ValidationMessages";

  /** Marks a hit whose message is already rendered. */
  public static final String LITERAL = "";

  private static final String PREFIX = "dev.offerstatus.rules.";

  /** Key of the built-in {@code required} rule. */
  public static final String REQUIRED = PREFIX + "Required.message";

  /** Key of the built-in {@code type} rule. */
  public static final String TYPE = PREFIX + "Type.message";

  /** Key of the built-in {@code enum} rule. */
  public static final String ENUM = PREFIX + "Enum.message";

  /** Key of a query parameter that is not a number of its type (integer). */
  public static final String PARAMETER_TYPE = PREFIX + "Parameter.type.message";

  /** Key of the built-in {@code minimum} rule. */
  public static final String MINIMUM = PREFIX + "Minimum.message";

  /** Key of the built-in {@code maximum} rule. */
  public static final String MAXIMUM = PREFIX + "Maximum.message";

  /** Key of the built-in {@code minLength} rule. */
  public static final String MIN_LENGTH = PREFIX + "MinLength.message";

  /** Key of the built-in {@code maxLength} rule. */
  public static final String MAX_LENGTH = PREFIX + "MaxLength.message";

  /** Key of the built-in {@code pattern} rule. */
  public static final String PATTERN = PREFIX + "Pattern.message";

  /** Key of the built-in {@code minItems} rule. */
  public static final String MIN_ITEMS = PREFIX + "MinItems.message";

  /** Key of the built-in {@code maxItems} rule. */
  public static final String MAX_ITEMS = PREFIX + "MaxItems.message";

  /** Key of the built-in {@code format} rule of {@code int32} and {@code int64}. */
  public static final String INTEGER_FORMAT = PREFIX + "IntegerFormat.message";

  /** Key of the built-in {@code no-body} rule: a body sent to an operation that takes none. */
  public static final String NO_BODY = PREFIX + "NoBody.message";

  /** Key of the built-in {@code json} rule. */
  public static final String JSON = PREFIX + "Json.message";

  /** Key of the built-in {@code date-format} rule (the {@code CalendarDate} constraint). */
  public static final String DATE_FORMAT = PREFIX + "constraints.CalendarDate.message";

  /** Key of the built-in {@code path-segment} rule (the {@code PathSegment} constraint). */
  public static final String PATH_SEGMENT = PREFIX + "constraints.PathSegment.message";

  /** Key of the {@code required-when} rule kind. */
  public static final String REQUIRED_WHEN = PREFIX + "constraints.RequiredWhen.message";

  /** Key of the {@code date-after} rule kind with {@code strict: true}. */
  public static final String DATE_AFTER = PREFIX + "constraints.DateAfter.message";

  /** Key of the {@code date-after} rule kind with {@code strict: false}. */
  public static final String DATE_NOT_BEFORE = PREFIX + "constraints.DateAfter.orSameDay.message";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** Returns the bundle for a locale: any Chinese locale reads the zh_CN messages. */
  public static ResourceBundle bundle(Locale locale) {
    Locale effective = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : locale;
    return ResourceBundle.getBundle(
        BUNDLE, effective, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /** Renders a message key with its parameters in a locale. */
  public static String render(String key, Map<String, String> params, Locale locale) {
    if (LITERAL.equals(key)) {
      return params.get("message");
    }
    String template;
    try {
      template = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("Message key " + key + " is missing from " + BUNDLE, e);
    }
    return substitute(template, params);
  }

  static String substitute(String template, Map<String, String> params) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String value = params.get(template.substring(i + 1, close));
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
