package dev.offerstatus.checks;

/**
 * The input of a check (a spec, a doc page, a payload file, an artifact) is missing or unreadable;
 * the message names the file and line, or the coordinate, and is meant to be shown as is.
 */
public final class CheckInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem with no underlying exception. */
  public CheckInputException(String message) {
    super(message);
  }

  /** A problem caused by {@code cause}, kept for debugging; the message stands on its own. */
  public CheckInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
