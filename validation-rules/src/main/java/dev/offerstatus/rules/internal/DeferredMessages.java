package dev.offerstatus.rules.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;

/**
 * The interpolator of the validators behind {@code validateModel}: it leaves the messages that
 * {@link ModelChecker} renders itself (this module's constraints and {@code @NotNull}) as their
 * templates, so a violation is not interpolated twice, and delegates every other message.
 */
final class DeferredMessages implements MessageInterpolator {
  private static final String OWN_KEYS = "{dev.offerstatus.rules.";

  private final MessageInterpolator delegate;

  DeferredMessages(MessageInterpolator delegate) {
    this.delegate = delegate;
  }

  static boolean isDeferred(String template, Context context) {
    return template.startsWith(OWN_KEYS)
        || context.getConstraintDescriptor().getAnnotation().annotationType() == NotNull.class;
  }

  @Override
  public String interpolate(String template, Context context) {
    return isDeferred(template, context) ? template : delegate.interpolate(template, context);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return isDeferred(template, context)
        ? template
        : delegate.interpolate(template, context, locale);
  }
}
