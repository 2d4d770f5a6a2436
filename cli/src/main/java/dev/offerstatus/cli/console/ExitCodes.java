package dev.offerstatus.cli.console;

/** The documented exit statuses of every command. */
public final class ExitCodes {
  /** Everything succeeded (validate: the request is valid). */
  public static final int OK = 0;

  /** Rejected by validation or by Feishu (validate: the request is invalid). */
  public static final int REJECTED = 1;

  /** Usage error or unusable input. */
  public static final int USAGE = 2;

  /** Transport failure or unknown outcome. */
  public static final int TRANSPORT = 3;

  private ExitCodes() {}
}
