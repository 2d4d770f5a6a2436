package dev.offerstatus.cli;

import dev.offerstatus.cli.console.CliMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/** Warns when the config file holding the app secret can be read by other users. */
final class ConfigPermissions {
  private ConfigPermissions() {}

  /**
   * The warning for a file readable by its group or by everyone, or empty (also on file systems
   * without POSIX permissions, where the check cannot be made).
   */
  static Optional<String> warning(Path config, CliMessages t) {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(config);
    } catch (UnsupportedOperationException | IOException e) {
      return Optional.empty(); // unreadable files are reported when read
    }
    boolean group = permissions.contains(PosixFilePermission.GROUP_READ);
    boolean others = permissions.contains(PosixFilePermission.OTHERS_READ);
    if (!group && !others) {
      return Optional.empty();
    }
    return Optional.of(
        t.get(
            "config.readable", config, others ? t.get("config.everyone") : t.get("config.group")));
  }
}
