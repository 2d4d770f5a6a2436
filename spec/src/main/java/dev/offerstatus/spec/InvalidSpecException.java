package dev.offerstatus.spec;

/**
 * A spec that cannot be read: not YAML, over a limit, or a fact of the wrong shape. The message
 * names where: the JSON pointer of the fact ({@code #/components/schemas/X/required: ...}) or, for
 * YAML syntax, the line and column.
 */
public final class InvalidSpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;
  private final String yamlProblem;

  InvalidSpecException(String message, String pointer, int line, int column, Throwable cause) {
    this(message, pointer, line, column, null, cause);
  }

  InvalidSpecException(
      String message, String pointer, int line, int column, String yamlProblem, Throwable cause) {
    super(message, cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.yamlProblem = yamlProblem;
  }

  /** A fact of the wrong shape at {@code pointer} ({@code #/...}). */
  static InvalidSpecException at(String pointer, String problem) {
    return new InvalidSpecException(pointer + ": " + problem, pointer, 0, 0, null);
  }

  /** A problem of the whole text (size, aliases, not a mapping). */
  static InvalidSpecException whole(String message, Throwable cause) {
    return new InvalidSpecException(message, null, 0, 0, cause);
  }

  /** The JSON pointer ({@code #/...}) of the fact, or null when the problem is not one fact. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line of a YAML syntax problem, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of a YAML syntax problem, or 0 when unknown. */
  public int column() {
    return column;
  }

  /**
   * What the YAML parser found wrong ({@code while parsing a flow node; expected ...}), or null
   * when the text is YAML and the problem is elsewhere.
   */
  public String yamlProblem() {
    return yamlProblem;
  }
}
