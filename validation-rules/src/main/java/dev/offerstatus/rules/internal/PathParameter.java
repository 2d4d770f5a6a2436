package dev.offerstatus.rules.internal;

import java.util.regex.Pattern;

/**
 * The request operation's path parameter (the offer id) and the string constraints of its schema.
 *
 * @param name the parameter's name, used as the violation path
 * @param minLength the schema's {@code minLength} in code points, or 0
 * @param maxLength the schema's {@code maxLength} in code points, or {@code Integer.MAX_VALUE}
 * @param pattern the schema's {@code pattern} with ECMA-262 semantics, or null
 */
public record PathParameter(String name, int minLength, int maxLength, Pattern pattern) {

  /** Whether a present value satisfies the schema. */
  public boolean accepts(String value) {
    int length = value.codePointCount(0, value.length());
    return length >= minLength
        && length <= maxLength
        && (pattern == null || pattern.matcher(value).find());
  }
}
