package dev.offerstatus.maven.uptodate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @TempDir Path dir;

  @Test
  void sameContentGivesTheSameFingerprintWhateverTheFileDates() throws IOException {
    Path a = write("a/spec.yaml", "openapi: 3.0.3\n");
    Fingerprint before = new Fingerprint().file("file a", dir.resolve("a"));
    Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(0));

    assertThat(new Fingerprint().file("file a", dir.resolve("a"))).isEqualTo(before);
  }

  @Test
  void aFolderCountsEachFileBelowItSoThatAChangeNamesTheFile() throws IOException {
    write("spec/openapi.yaml", "openapi: 3.0.3\n");
    write("spec/upstream/page.md", "# page\n");
    Fingerprint before = new Fingerprint().file("file spec", dir.resolve("spec"));
    write("spec/upstream/page.md", "# page, changed\n");
    write("spec/upstream/new.md", "# new\n");

    assertThat(new Fingerprint().file("file spec", dir.resolve("spec")).differencesFrom(before))
        .containsExactly("new file spec/upstream/new.md", "changed file spec/upstream/page.md");
  }

  @Test
  void aRemovedInputIsGoneAndAMissingOneIsRecordedAsMissing() throws IOException {
    write("x.txt", "x");
    Fingerprint before = new Fingerprint().file("file x.txt", dir.resolve("x.txt"));
    Files.delete(dir.resolve("x.txt"));
    Fingerprint after = new Fingerprint().file("file x.txt", dir.resolve("x.txt"));

    assertThat(after.differencesFrom(before)).containsExactly("changed file x.txt");
    assertThat(after.lines()).hasSize(1).first().asString().startsWith("missing  ");
    assertThat(new Fingerprint().differencesFrom(before)).containsExactly("gone file x.txt");
  }

  @Test
  void aWholeFolderIsOneDigestOfItsPathsAndContents() throws IOException {
    write("classes/a/A.class", "A");
    Fingerprint before =
        new Fingerprint().whole("classpath g:a:jar:1-SNAPSHOT", dir.resolve("classes"));
    assertThat(before.lines()).hasSize(1);

    Files.move(dir.resolve("classes/a"), dir.resolve("classes/b"));
    Fingerprint renamed =
        new Fingerprint().whole("classpath g:a:jar:1-SNAPSHOT", dir.resolve("classes"));

    assertThat(renamed.differencesFrom(before))
        .containsExactly("changed classpath g:a:jar:1-SNAPSHOT");
  }

  @Test
  void linesReadBackToTheSameFingerprint() throws IOException {
    write("f.txt", "f");
    Fingerprint fingerprint =
        new Fingerprint()
            .value("step generate", "plugin org.openapitools:openapi-generator-maven-plugin:7.25.0")
            .file("file f.txt", dir.resolve("f.txt"));

    assertThat(Fingerprint.parse(fingerprint.lines())).isEqualTo(fingerprint);
    assertThat(fingerprint.lines())
        .extracting(l -> l.substring(66))
        .containsExactly("file f.txt", "step generate");
  }

  @Test
  void aLineThatIsNotDigestAndNameIsRejectedWithTheLine() {
    assertThatThrownBy(() -> Fingerprint.parse(java.util.List.of("0123 file")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a stamp line (<sha-256>  <name>): \"0123 file\"");
  }

  @Test
  void anInputNamedTwiceIsRejected() {
    Fingerprint fingerprint = new Fingerprint().value("step a", "1");
    assertThatThrownBy(() -> fingerprint.value("step a", "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input named twice: step a");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
