package dev.offerstatus.client;

/**
 * How a value, a body or an exception appears inside an error message: quoted, escaped, cut short,
 * never a stack trace.
 */
final class MessageText {
  private static final int SNIPPET = 120;

  private MessageText() {}

  /** A value as it appears in a message: strings quoted, null as {@code null}. */
  static String quote(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof String s ? "\"" + escape(s) + "\"" : String.valueOf(value);
  }

  /** The start of a body, control characters escaped, for an error message. */
  static String snippet(String body) {
    String cut = body.length() > SNIPPET ? body.substring(0, SNIPPET) + "..." : body;
    return "\"" + escape(cut) + "\"";
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A duration as people write it: {@code 40 s}, {@code 500 ms}. */
  static String duration(java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** An exception as "SimpleName: message" for messages (never a stack trace). */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
