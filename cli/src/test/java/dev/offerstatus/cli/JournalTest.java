package dev.offerstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  private static final Texts EN = Texts.forLocale(Locale.ENGLISH);
  private static final Path INPUT = Path.of("offers.csv");

  @TempDir Path dir;

  @Test
  void aReopenedJournalKnowsDoneReleasedAndInDoubtRows() {
    Path path = dir.resolve("j");
    try (Journal journal = Journal.open(path, "abc", INPUT, EN)) {
      assertThat(journal.resumed()).isFalse();
      journal.sending(2);
      journal.done(2, new Outcome(Outcome.OK, 0, "log-2", null));
      journal.sending(3);
      journal.released(3);
      journal.sending(4);
    }

    try (Journal journal = Journal.open(path, "abc", INPUT, EN)) {
      assertThat(journal.resumed()).isTrue();
      assertThat(journal.outcome(2)).isEqualTo(new Outcome(Outcome.OK, 0, "log-2", null));
      assertThat(journal.outcome(3)).isNull();
      assertThat(journal.isInDoubt(3)).isFalse();
      assertThat(journal.inDoubt()).isEqualTo(Set.of(4));
    }
  }

  @Test
  void aTornLastLineIsCutOffAndTheJournalGoesOn() throws IOException {
    Path path = dir.resolve("j");
    try (Journal journal = Journal.open(path, "abc", INPUT, EN)) {
      journal.sending(2);
    }
    Files.writeString(path, Files.readString(path) + "{\"event\":\"done\",\"row\":2,\"outc");

    try (Journal journal = Journal.open(path, "abc", INPUT, EN)) {
      assertThat(journal.inDoubt()).isEqualTo(Set.of(2));
      journal.done(2, new Outcome(Outcome.OK, 0, null, "m"));
    }

    assertThat(Files.readAllLines(path))
        .hasSize(3)
        .last()
        .isEqualTo(
            "{\"event\":\"done\",\"row\":2,\"outcome\":\"ok\",\"code\":0,\"message\":\"m\"}");
  }

  @Test
  void aDamagedLineInTheMiddleIsRefused() throws IOException {
    Path path = dir.resolve("j");
    try (Journal journal = Journal.open(path, "abc", INPUT, EN)) {
      journal.sending(2);
    }
    Files.writeString(
        path, Files.readString(path) + "garbage\n{\"event\":\"sending\",\"row\":3}\n");

    assertThatThrownBy(() -> Journal.open(path, "abc", INPUT, EN))
        .isInstanceOf(CliException.class)
        .hasMessage(
            "the journal "
                + path
                + " is damaged at line 3; move it away only if you know which rows were sent");
  }

  @Test
  void aSecondRunOnTheSameJournalIsRefusedWhileTheFirstHoldsIt() {
    Path path = dir.resolve("j");
    try (Journal journal = Journal.open(path, "abc", INPUT, EN)) {
      assertThat(journal.resumed()).isFalse();
      assertThatThrownBy(() -> Journal.open(path, "abc", INPUT, EN))
          .isInstanceOf(CliException.class)
          .hasMessage("the journal " + path + " is in use by another batch run");
    }
  }
}
