package dev.offerstatus.cli;

/** The documented exit statuses of every command. */
final class ExitCodes {
  /** Everything succeeded (validate: the request is valid). */
  static final int OK = 0;

  /** Rejected by validation or by Feishu (validate: the request is invalid). */
  static final int REJECTED = 1;

  /** Usage error or unusable input. */
  static final int USAGE = 2;

  /** Transport failure or unknown outcome. */
  static final int TRANSPORT = 3;

  private ExitCodes() {}
}
