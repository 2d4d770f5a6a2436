package dev.offerstatus.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a standalone simulator takes its provider-state key from: a file only its owner can read,
 * or an environment variable; never the command line, which every user of the host sees in {@code
 * ps}.
 */
final class ProviderStateKeys {
  /** What a key may hold: visible ASCII, as an HTTP header carries it unchanged. */
  private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");

  /** The longest key accepted: far above any random key, short enough for any header. */
  static final int MAX_LENGTH = 1024;

  private static final Set<PosixFilePermission> OTHERS_MAY_READ =
      Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

  private ProviderStateKeys() {}

  /**
   * The key a file holds (one line; a final line break is not part of it).
   *
   * @throws IllegalArgumentException when the file can be read by its group or others, or holds no
   *     valid key
   * @throws UncheckedIOException when it cannot be read
   */
  static String read(Path file) {
    String text;
    try {
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        if (permissions.stream().anyMatch(OTHERS_MAY_READ::contains)) {
          throw new IllegalArgumentException(
              "The provider-state key file "
                  + file
                  + " can be read by other users ("
                  + PosixFilePermissions.toString(permissions)
                  + "): make it private (chmod 600 "
                  + file
                  + ")");
        }
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the provider-state key file " + file + ": " + e.getMessage(), e);
    }
    String key = text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text;
    key = key.endsWith("\n") ? key.substring(0, key.length() - 1) : key;
    return check(key, "the provider-state key file " + file);
  }

  /**
   * The key itself when it is 1 to {@value #MAX_LENGTH} visible ASCII characters.
   *
   * @throws IllegalArgumentException naming {@code source}, never the key
   */
  static String check(String key, String source) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("The key in " + source + " is empty");
    }
    if (key.length() > MAX_LENGTH || !VISIBLE_ASCII.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "The key in "
              + source
              + " must be 1 to "
              + MAX_LENGTH
              + " visible ASCII characters (no spaces or line breaks), as the "
              + ProviderStateGate.KEY_HEADER
              + " header carries it");
    }
    return key;
  }
}
