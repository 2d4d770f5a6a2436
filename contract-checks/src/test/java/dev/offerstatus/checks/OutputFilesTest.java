package dev.offerstatus.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
