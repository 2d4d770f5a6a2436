package dev.offerstatus.cli.console;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The CLI's own messages in English or Simplified Chinese, from the {@code CliMessages} bundles.
 */
public final class CliMessages {
  static final String BUNDLE = "dev.offerstatus.cli.console.CliMessages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private CliMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
  }

  /** Chinese for any {@code zh} locale, English otherwise. */
  public static CliMessages forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale == null");
    return new CliMessages(
        "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
  }

  /** The locale handed to the rules and the client: English or Simplified Chinese. */
  public Locale locale() {
    return locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale;
  }

  /** The message {@code key} with {@code args} filled in as plain text (no number grouping). */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, locale).format(plain);
  }
}
