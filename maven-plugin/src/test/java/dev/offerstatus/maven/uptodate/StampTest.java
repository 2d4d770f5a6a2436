package dev.offerstatus.maven.uptodate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StampTest {
  @TempDir Path dir;

  private Stamp stamp() {
    return new Stamp(dir.resolve("stamps/check"), dir);
  }

  @Test
  void withoutAStampTheStepsRun() {
    assertThat(stamp().decide(new Fingerprint().value("step a", "1"), List.of()))
        .isEqualTo(new Stamp.Decision(false, List.of("no stamp of an earlier run (stamps/check)")));
  }

  @Test
  void theSameInputsWithEveryOutputPresentSkipTheSteps() throws IOException {
    Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
    stamp().write(new Fingerprint().value("step a", "1"));

    assertThat(stamp().decide(new Fingerprint().value("step a", "1"), List.of(jar)))
        .isEqualTo(new Stamp.Decision(true, List.of()));
  }

  @Test
  void aMissingOutputRunsTheStepsThoughTheInputsAreTheSame() throws IOException {
    stamp().write(new Fingerprint().value("step a", "1"));

    assertThat(
            stamp()
                .decide(new Fingerprint().value("step a", "1"), List.of(dir.resolve("app.jar")))
                .reasons())
        .containsExactly("output app.jar is missing");
  }

  @Test
  void theReasonsNameTheFirstThreeDifferencesAndCountTheRest() throws IOException {
    stamp()
        .write(new Fingerprint().value("a", "1").value("b", "1").value("c", "1").value("d", "1"));
    Fingerprint now =
        new Fingerprint().value("a", "2").value("b", "2").value("c", "2").value("e", "1");

    assertThat(stamp().decide(now, List.of()).reasons())
        .containsExactly("changed a", "changed b", "changed c", "2 more inputs differ");
  }

  @Test
  void anUnreadableStampRunsTheStepsAndSaysWhy() throws IOException {
    Files.createDirectories(dir.resolve("stamps"));
    Files.writeString(dir.resolve("stamps/check"), "garbage\n");

    assertThat(stamp().decide(new Fingerprint(), List.of()).reasons())
        .containsExactly(
            "unreadable stamp stamps/check (not a stamp line (<sha-256>  <name>): \"garbage\")");
  }

  @Test
  void aRemovedStampRunsTheStepsAgain() throws IOException {
    stamp().write(new Fingerprint().value("step a", "1"));
    stamp().remove();

    assertThat(stamp().decide(new Fingerprint().value("step a", "1"), List.of()).skip()).isFalse();
    assertThat(Files.list(dir.resolve("stamps"))).isEmpty();
  }
}
