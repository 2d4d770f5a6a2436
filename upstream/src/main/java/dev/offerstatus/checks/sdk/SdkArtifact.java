package dev.offerstatus.checks.sdk;

import dev.offerstatus.checks.CheckInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Feishu's official Java SDK ({@code com.larksuite.oapi:oapi-sdk}) as a jar in a local Maven
 * repository. check-sdk never downloads: a version the repository does not hold is an error naming
 * the coordinates and the path looked at.
 *
 * @param version the SDK version
 * @param jar the jar file
 */
public record SdkArtifact(String version, Path jar) {
  /** The SDK's Maven coordinates without the version. */
  public static final String COORDINATES = "com.larksuite.oapi:oapi-sdk";

  /** Asks for the newest version the local repository holds. */
  public static final String NEWEST = "newest";

  private static final String FOLDER = "com/larksuite/oapi/oapi-sdk";

  public SdkArtifact {
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(jar, "jar == null");
  }

  /** The version the toolkit pins (the root POM's {@code oapi-sdk.version}). */
  public static String pinnedVersion() {
    try (InputStream in = SdkArtifact.class.getResourceAsStream("sdk.properties")) {
      Properties properties = new Properties();
      properties.load(Objects.requireNonNull(in, "sdk.properties is not on the classpath"));
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sdk.properties", e);
    }
  }

  /** {@link #in(List, String)} with one repository. */
  public static SdkArtifact in(Path repository, String version) {
    return in(List.of(Objects.requireNonNull(repository, "repository == null")), version);
  }

  /**
   * The jar of {@code version} ({@link #NEWEST}: the highest version whose jar the repositories
   * hold; null: {@link #pinnedVersion()}) in the first of the local {@code repositories} holding it
   * (a repository and its read-only tails, {@code maven.repo.local.tail}).
   */
  public static SdkArtifact in(List<Path> repositories, String version) {
    Objects.requireNonNull(repositories, "repositories == null");
    if (repositories.isEmpty()) {
      throw new IllegalArgumentException("no local repository given");
    }
    String wanted = version == null || version.isBlank() ? pinnedVersion() : version.strip();
    String where = String.join(", ", repositories.stream().map(Path::toString).toList());
    if (wanted.equals(NEWEST)) {
      List<String> held = new ArrayList<>();
      for (Path repository : repositories) {
        held(repository.resolve(FOLDER)).stream().filter(v -> !held.contains(v)).forEach(held::add);
      }
      held.sort(SdkArtifact::compareVersions);
      if (held.isEmpty()) {
        throw new CheckInputException(
            "no version of "
                + COORDINATES
                + " is in the local Maven repository "
                + where
                + " (nothing under "
                + String.join(
                    ", ", repositories.stream().map(r -> r.resolve(FOLDER).toString()).toList())
                + "): check-sdk reads the SDK offline; fetch one first, e.g. mvn"
                + " dependency:get -Dartifact="
                + COORDINATES
                + ":"
                + pinnedVersion());
      }
      wanted = held.get(held.size() - 1);
    }
    if (!wanted.matches("[A-Za-z0-9._-]+")) {
      throw new CheckInputException(
          "SDK version \"" + wanted + "\" is not a Maven version (letters, digits, . _ -)");
    }
    List<String> looked = new ArrayList<>();
    for (Path repository : repositories) {
      Path jar = repository.resolve(FOLDER).resolve(wanted).resolve("oapi-sdk-" + wanted + ".jar");
      if (Files.isRegularFile(jar)) {
        return new SdkArtifact(wanted, jar);
      }
      looked.add(jar.toString());
    }
    throw new CheckInputException(
        COORDINATES
            + ":"
            + wanted
            + " is not in the local Maven repository "
            + where
            + " (no "
            + String.join(", no ", looked)
            + "): check-sdk reads the SDK offline; fetch it first, e.g. mvn dependency:get"
            + " -Dartifact="
            + COORDINATES
            + ":"
            + wanted);
  }

  /** The versions whose jar the folder holds, lowest first. */
  private static List<String> held(Path folder) {
    List<String> versions = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return versions;
    }
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(
              d -> {
                String v = d.getFileName().toString();
                return Files.isRegularFile(d.resolve("oapi-sdk-" + v + ".jar"));
              })
          .map(d -> d.getFileName().toString())
          .forEach(versions::add);
    } catch (IOException e) {
      throw new CheckInputException("cannot list " + folder + ": " + e, e);
    }
    versions.sort(SdkArtifact::compareVersions);
    return versions;
  }

  /** Maven-like order: numeric parts by value, a qualifier ({@code -beta}) before the release. */
  static int compareVersions(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = comparePart(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    if (x.length == y.length) {
      return 0;
    }
    // 1.0 < 1.0.1, but 1.0-beta < 1.0: the longer one is lower when it goes on with a qualifier
    String[] longer = x.length > y.length ? x : y;
    boolean qualifier = !numeric(longer[Math.min(x.length, y.length)]);
    int longerFirst = qualifier ? -1 : 1;
    return x.length > y.length ? longerFirst : -longerFirst;
  }

  private static boolean numeric(String part) {
    return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
  }

  private static int comparePart(String p, String q) {
    boolean pn = numeric(p);
    boolean qn = numeric(q);
    if (pn && qn) {
      return new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q));
    }
    if (pn != qn) {
      return pn ? 1 : -1;
    }
    return p.compareTo(q);
  }

  /** {@code com.larksuite.oapi:oapi-sdk:<version>}. */
  @Override
  public String toString() {
    return COORDINATES + ":" + version;
  }
}
