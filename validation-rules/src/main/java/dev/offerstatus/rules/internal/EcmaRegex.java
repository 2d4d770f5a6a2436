package dev.offerstatus.rules.internal;

import java.util.regex.Pattern;

/**
 * Compiles an OpenAPI ({@code ECMA-262}) {@code pattern} for {@link java.util.regex}: a bare {@code
 * $} means the end of the input there, while Java's {@code $} also matches before a final line
 * terminator (which would let {@code "abc\n"} through a pattern that forbids control characters).
 */
final class EcmaRegex {
  private EcmaRegex() {}

  static Pattern compile(String ecma) {
    StringBuilder java = new StringBuilder(ecma.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < ecma.length(); i++) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < ecma.length()) {
        java.append(c).append(ecma.charAt(++i));
      } else if (inClass) {
        inClass = c != ']';
        java.append(c);
      } else if (c == '[') {
        inClass = true;
        java.append(c);
        if (i + 1 < ecma.length() && ecma.charAt(i + 1) == '^') {
          java.append(ecma.charAt(++i));
        }
      } else if (c == '$') {
        java.append("\\z");
      } else {
        java.append(c);
      }
    }
    return Pattern.compile(java.toString());
  }
}
