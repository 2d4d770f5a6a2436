package dev.offerstatus.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The files a check reads: how reports name them, and directories expanded to their files. */
public final class InputFiles {
  private InputFiles() {}

  /** {@code file} relative to {@code baseDir} when it is inside it, with '/' separators. */
  public static String display(Path baseDir, Path file) {
    Path base = baseDir.toAbsolutePath().normalize();
    Path abs = file.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  public static String displayAll(Path baseDir, List<Path> files) {
    return files.stream().map(f -> display(baseDir, f)).collect(Collectors.joining(", "));
  }

  /** Files as given, and the files ending in {@code suffix} of each directory, sorted by name. */
  public static List<Path> expand(List<Path> paths, String suffix, Path baseDir, String what) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new CheckInputException(
              "cannot list " + what + " directory " + display(baseDir, path) + ": " + e, e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new CheckInputException(what + " file " + display(baseDir, path) + " does not exist");
      }
    }
    return files;
  }
}
