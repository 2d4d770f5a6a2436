package dev.offerstatus.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheTargetAndLeavesNothingBesideIt() throws IOException {
    Path target = dir.resolve("sub/page.md");
    OutputFiles.replace(target, "one".getBytes(StandardCharsets.UTF_8));
    OutputFiles.replace(target, "two".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("two");
    assertThat(names(target.getParent())).containsExactly("page.md");
  }

  @Test
  void aFailedMoveLeavesTheTargetAsItWasAndNoPartFile() throws IOException {
    Path target = dir.resolve("page.md");
    Files.createDirectories(target.resolve("occupied")); // a non-empty directory cannot be replaced

    assertThatThrownBy(() -> OutputFiles.replace(target, new byte[] {1}))
        .isInstanceOf(IOException.class);
    assertThat(target.resolve("occupied")).isDirectory();
    assertThat(names(dir)).containsExactly("page.md");
  }

  /** The rewritten file used to become 0600 (the temporary file's mode). */
  @Test
  void aReplacedFileKeepsItsMode() throws IOException {
    Path shared = dir.resolve("openapi.yaml");
    Path grouped = dir.resolve("notes.md");
    Files.writeString(shared, "old");
    Files.writeString(grouped, "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(grouped, PosixFilePermissions.fromString("rw-r-----"));

    OutputFiles.replace(shared, "new".getBytes(StandardCharsets.UTF_8));
    OutputFiles.replace(grouped, "new".getBytes(StandardCharsets.UTF_8));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(grouped)))
        .isEqualTo("rw-r-----");
    assertThat(shared).hasContent("new");
  }

  @Test
  void aNewFileIsReadableByAll() throws IOException {
    Path created = dir.resolve("CHANGELOG.md");

    OutputFiles.replace(created, "entry".getBytes(StandardCharsets.UTF_8));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
        .isEqualTo("rw-r--r--");
  }

  /** Nothing was synced, so a crash after the rename could leave an empty file. */
  @Test
  void theBytesAreSyncedBeforeTheMoveAndTheFolderAfterIt() throws IOException {
    Path target = dir.resolve("page.md");
    Files.writeString(target, "old");
    List<String> events = new ArrayList<>();
    OutputFiles.Sync recording =
        new OutputFiles.Sync() {
          @Override
          public void data(FileChannel file, Path path) throws IOException {
            events.add(
                "data of "
                    + (path.equals(target) ? "the target" : "a file beside it")
                    + " ("
                    + file.size()
                    + " bytes), target "
                    + Files.readString(target));
          }

          @Override
          public void directory(Path folder) throws IOException {
            events.add("folder " + dir.relativize(folder) + ", target " + Files.readString(target));
          }
        };

    OutputFiles.replace(target, "new!".getBytes(StandardCharsets.UTF_8), recording);

    assertThat(events)
        .containsExactly("data of a file beside it (4 bytes), target old", "folder , target new!");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
