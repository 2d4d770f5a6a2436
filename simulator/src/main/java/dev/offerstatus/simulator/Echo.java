package dev.offerstatus.simulator;

/** Values the simulator quotes back in messages are cut short, so an answer stays small. */
final class Echo {
  /** The longest value quoted whole. */
  static final int MAX_CHARS = 100;

  private Echo() {}

  /** {@code text} with every occurrence of {@code value} shortened when it is long. */
  static String shorten(String text, Object value) {
    if (!(value instanceof String s) || s.length() <= MAX_CHARS) {
      return text;
    }
    return text.replace(s, shortened(s));
  }

  /** {@code value} itself, or its first {@value #MAX_CHARS} characters and its length. */
  static String shortened(String value) {
    if (value.length() <= MAX_CHARS) {
      return value;
    }
    return value.substring(0, MAX_CHARS) + "...(" + value.length() + " characters)";
  }
}
