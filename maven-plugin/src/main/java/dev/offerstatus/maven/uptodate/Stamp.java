package dev.offerstatus.maven.uptodate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fingerprint of the inputs of the last successful run of some build steps, kept in one file:
 * the steps are skipped while their inputs fingerprint the same and every output they make exists.
 * The stamp is removed before the steps run, so that a failed or interrupted run is repeated.
 */
public final class Stamp {
  /** How many differences a decision names before it says how many more there are. */
  static final int NAMED_REASONS = 3;

  private final Path file;
  private final Path base;

  /** The stamp kept in {@code file}; messages name files relative to {@code base}. */
  public Stamp(Path file, Path base) {
    this.file = Objects.requireNonNull(file, "file == null");
    this.base = Objects.requireNonNull(base, "base == null").toAbsolutePath().normalize();
  }

  /** Whether the steps can be skipped, and why not. */
  public record Decision(boolean skip, List<String> reasons) {
    public Decision {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * Compares {@code inputs} with the stamp and checks that every output exists; the reasons to run
   * name the outputs that are missing and the inputs that changed.
   */
  public Decision decide(Fingerprint inputs, List<Path> outputs) {
    Objects.requireNonNull(inputs, "inputs == null");
    Objects.requireNonNull(outputs, "outputs == null");
    List<String> reasons = new ArrayList<>();
    for (Path output : outputs) {
      if (!Files.exists(output)) {
        reasons.add("output " + display(output) + " is missing");
      }
    }
    if (!Files.isRegularFile(file)) {
      reasons.add("no stamp of an earlier run (" + display(file) + ")");
      return new Decision(false, reasons);
    }
    Fingerprint stamped;
    try {
      stamped = Fingerprint.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      reasons.add("unreadable stamp " + display(file) + " (" + e.getMessage() + ")");
      return new Decision(false, reasons);
    }
    List<String> differences = inputs.differencesFrom(stamped);
    reasons.addAll(differences.subList(0, Math.min(NAMED_REASONS, differences.size())));
    if (differences.size() > NAMED_REASONS) {
      reasons.add((differences.size() - NAMED_REASONS) + " more inputs differ");
    }
    return new Decision(reasons.isEmpty(), reasons);
  }

  /** Removes the stamp, before the steps run. */
  public void remove() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Records {@code inputs}, after the steps succeeded; the file is replaced in one move. */
  public void write(Fingerprint inputs) throws IOException {
    Objects.requireNonNull(inputs, "inputs == null");
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
    Files.write(partial, inputs.lines(), StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The stamp file. */
  public Path file() {
    return file;
  }

  private String display(Path path) {
    return UpToDate.display(base, path);
  }
}
