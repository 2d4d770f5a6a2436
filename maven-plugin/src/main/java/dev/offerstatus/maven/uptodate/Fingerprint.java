package dev.offerstatus.maven.uptodate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inputs of a guarded build step, each under a name and reduced to the SHA-256 of its content,
 * so that two builds can tell exactly which input changed. Written to a stamp as one line per
 * input, {@code <sha-256> <name>}, sorted by name.
 */
public final class Fingerprint {
  private static final String MISSING = "missing";
  private static final HexFormat HEX = HexFormat.of();

  private final SortedMap<String, String> digests = new TreeMap<>();

  /** Adds {@code value} (a version, a configuration) under {@code name}. */
  public Fingerprint value(String name, String value) {
    Objects.requireNonNull(value, "value == null");
    return put(name, digest(value.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Adds a file under {@code name}; a directory adds each regular file below it under {@code
   * name/relative/path}; a missing path is recorded as missing.
   */
  public Fingerprint file(String name, Path path) throws IOException {
    Objects.requireNonNull(path, "path == null");
    if (Files.isDirectory(path)) {
      for (Map.Entry<String, Path> entry : filesBelow(path).entrySet()) {
        put(name + "/" + entry.getKey(), digest(entry.getValue()));
      }
      return this;
    }
    return put(name, Files.isRegularFile(path) ? digest(path) : MISSING);
  }

  /**
   * Adds a file, or a whole directory as one digest of its files' relative paths and contents,
   * under {@code name}: for inputs that are one thing, such as a class path element.
   */
  public Fingerprint whole(String name, Path path) throws IOException {
    Objects.requireNonNull(path, "path == null");
    if (!Files.isDirectory(path)) {
      return file(name, path);
    }
    MessageDigest sha = sha256();
    for (Map.Entry<String, Path> entry : filesBelow(path).entrySet()) {
      sha.update(
          (entry.getKey() + "\n" + digest(entry.getValue()) + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    return put(name, HEX.formatHex(sha.digest()));
  }

  /** The stamp's lines: {@code <sha-256> <name>}, sorted by name. */
  public List<String> lines() {
    return digests.entrySet().stream()
        .map(e -> e.getValue() + "  " + e.getKey())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Reads a stamp's lines back.
   *
   * @throws IllegalArgumentException for a line that is not {@code <digest> <name>}
   */
  public static Fingerprint parse(List<String> lines) {
    Fingerprint fingerprint = new Fingerprint();
    for (String line : lines) {
      int gap = line.indexOf("  ");
      if (gap <= 0 || gap + 2 >= line.length()) {
        throw new IllegalArgumentException(
            "not a stamp line (<sha-256>  <name>): \"" + line + "\"");
      }
      fingerprint.put(line.substring(gap + 2), line.substring(0, gap));
    }
    return fingerprint;
  }

  /**
   * What differs from {@code earlier}, one entry per name, in name order: {@code changed NAME},
   * {@code new NAME}, {@code gone NAME}.
   */
  public List<String> differencesFrom(Fingerprint earlier) {
    Objects.requireNonNull(earlier, "earlier == null");
    List<String> differences = new ArrayList<>();
    SortedMap<String, String> names = new TreeMap<>(earlier.digests);
    names.putAll(digests);
    for (String name : names.keySet()) {
      String now = digests.get(name);
      String then = earlier.digests.get(name);
      if (then == null) {
        differences.add("new " + name);
      } else if (now == null) {
        differences.add("gone " + name);
      } else if (!now.equals(then)) {
        differences.add("changed " + name);
      }
    }
    return differences;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint other && digests.equals(other.digests);
  }

  @Override
  public int hashCode() {
    return digests.hashCode();
  }

  @Override
  public String toString() {
    return String.join("\n", lines());
  }

  private Fingerprint put(String name, String digest) {
    Objects.requireNonNull(name, "name == null");
    if (name.isEmpty() || name.contains("\n")) {
      throw new IllegalArgumentException(
          "an input name must be one non-empty line: \"" + name + "\"");
    }
    if (digests.putIfAbsent(name, digest) != null) {
      throw new IllegalArgumentException("input named twice: " + name);
    }
    return this;
  }

  /** The regular files below {@code dir} by their '/'-separated relative paths, sorted. */
  private static SortedMap<String, Path> filesBelow(Path dir) throws IOException {
    SortedMap<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .forEach(f -> files.put(dir.relativize(f).toString().replace('\\', '/'), f));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return files;
  }

  private static String digest(byte[] bytes) {
    return HEX.formatHex(sha256().digest(bytes));
  }

  private static String digest(Path file) throws IOException {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    }
    return HEX.formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
