package dev.offerstatus.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Constant-time comparisons of secrets (app secrets, the provider-state key). */
final class Secrets {
  private Secrets() {}

  /**
   * Whether both are present and equal; the time taken does not depend on where they differ ({@link
   * MessageDigest#isEqual}), unlike {@link String#equals}.
   */
  static boolean equal(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
