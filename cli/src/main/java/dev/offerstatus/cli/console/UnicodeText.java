package dev.offerstatus.cli.console;

/**
 * Text that came from a file or a server, made safe to show or write: control characters, invisible
 * direction overrides and unpaired surrogates, found and escaped as JSON writes them.
 */
public final class UnicodeText {
  private UnicodeText() {}

  /** The index of the first UTF-16 surrogate without its pair, or -1 when the text is Unicode. */
  public static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (pairAt(text, i)) {
        i++;
      } else if (Character.isSurrogate(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a surrogate pair (one character beyond the 16-bit range) starts at {@code i}. */
  private static boolean pairAt(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }

  /**
   * Whether {@code c} may change what a terminal shows beyond one printed character: the C0 and C1
   * controls and DEL (escape sequences, line breaks, tabs), the line and paragraph separators, and
   * the bidirectional formatting characters that reorder a line ("Trojan Source").
   */
  static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * {@code text} with every {@linkplain #isUnsafe unsafe} character and every unpaired surrogate
   * written as its JSON escape (backslash-n, backslash-t, backslash-u001b for ESC, backslash-ud800
   * for a lone surrogate); other text, backslashes included, is left as it is.
   */
  public static String printable(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (pairAt(text, i)) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!isUnsafe(c) && !Character.isSurrogate(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(escape(c));
    }
    return out == null ? text : out.toString();
  }

  /**
   * {@code text} with each unpaired surrogate (which UTF-8 cannot hold) written as its escape,
   * backslash-ud800; everything else as it is.
   */
  public static String surrogatesEscaped(String text) {
    int first = unpairedSurrogate(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (pairAt(text, i)) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(escape(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} when it has at most {@code max} characters, else its first {@code max} (a
   * surrogate pair is not cut) and {@code ...(N characters)}.
   */
  public static String shortened(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "...(" + text.length() + " characters)";
  }

  /** {@code c} as JSON escapes it: the short forms for the usual controls, else backslash-uXXXX. */
  public static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> String.format("\\u%04x", (int) c);
    };
  }
}
