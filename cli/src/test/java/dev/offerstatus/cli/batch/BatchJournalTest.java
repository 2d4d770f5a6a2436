package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.cli.console.CliException;
import dev.offerstatus.cli.console.CliMessages;
import dev.offerstatus.cli.request.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJournalTest {
  private static final CliMessages EN = CliMessages.forLocale(Locale.ENGLISH);
  private static final Path INPUT = Path.of("offers.csv");

  @TempDir Path dir;

  @Test
  void aReopenedJournalKnowsDoneReleasedAndInDoubtRows() {
    Path path = dir.resolve("j");
    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
      assertThat(journal.resumed()).isFalse();
      journal.sending(2);
      journal.done(2, new Outcome(Outcome.OK, 0, "log-2", null));
      journal.sending(3);
      journal.released(3);
      journal.sending(4);
    }

    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
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
    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
      journal.sending(2);
    }
    Files.writeString(path, Files.readString(path) + "{\"event\":\"done\",\"row\":2,\"outc");

    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
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
    Path path = row2SendingThen("garbage\n{\"event\":\"sending\",\"row\":3}\n");

    assertDamagedAtLine3(path);
  }

  /** A journal with row 2 sending, then {@code more} appended by hand. */
  private Path row2SendingThen(String more) throws IOException {
    Path path = dir.resolve("j");
    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
      journal.sending(2);
    }
    Files.writeString(path, Files.readString(path) + more);
    return path;
  }

  private static void assertDamagedAtLine3(Path path) {
    assertThatThrownBy(() -> BatchJournal.open(path, "abc", INPUT, null, EN))
        .isInstanceOf(CliException.class)
        .hasMessage(
            "the journal "
                + path
                + " is damaged at line 3; move it away only if you know which rows were sent");
  }

  @Test
  void aSecondRunOnTheSameJournalIsRefusedWhileTheFirstHoldsIt() {
    Path path = dir.resolve("j");
    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
      assertThat(journal.resumed()).isFalse();
      assertThatThrownBy(() -> BatchJournal.open(path, "abc", INPUT, null, EN))
          .isInstanceOf(CliException.class)
          .hasMessage("the journal " + path + " is in use by another batch run");
    }
  }

  @Test
  void aResumedJournalReadsEachEarlierOutcomeBackFromTheFile() {
    Path path = dir.resolve("j");
    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
      for (int line = 1000; line >= 2; line--) {
        journal.sending(line);
        journal.done(line, new Outcome(Outcome.REJECTED, 1002067, "log-" + line, "m\n" + line));
      }
      journal.done(5000, new Outcome(Outcome.NOT_SENT, null, null, null)); // no sending before
    }

    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
      assertThat(journal.doneCount()).isEqualTo(1000);
      assertThat(journal.doneBefore(1)).isFalse();
      assertThat(journal.doneBefore(2)).isTrue();
      assertThat(journal.outcome(2))
          .isEqualTo(new Outcome(Outcome.REJECTED, 1002067, "log-2", "m\n2"));
      assertThat(journal.outcome(777))
          .isEqualTo(new Outcome(Outcome.REJECTED, 1002067, "log-777", "m\n777"));
      assertThat(journal.outcome(5000)).isEqualTo(new Outcome(Outcome.NOT_SENT, null, null, null));
      assertThat(journal.outcome(4999)).isNull();
      assertThat(journal.inDoubt()).isEmpty();
    }
  }

  @Test
  void anOutcomeNoVersionWroteIsADamagedJournal() throws IOException {
    Path path = row2SendingThen("{\"event\":\"done\",\"row\":2,\"outcome\":\"maybe\"}\n");

    assertDamagedAtLine3(path);
  }

  @Test
  void aJournalOfOlderVersionsStillReadsAppliedEarlier() throws IOException {
    Path path =
        row2SendingThen(
            "{\"event\":\"done\",\"row\":2,\"outcome\":\"applied-earlier\",\"code\":0}\n");

    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, null, EN)) {
      Outcome outcome = journal.outcome(2);
      assertThat(outcome.kind()).isEqualTo(Outcome.Kind.LEGACY_APPLIED_EARLIER);
      assertThat(outcome.applied()).isTrue();
      assertThat(outcome.exitCode()).isZero();
    }
  }

  @Test
  void aJournalWrittenWithAnotherOperationIdIsNotResumed() {
    // --operation-id makes the same rows other requests: a resume must not mix the two.
    Path path = dir.resolve("j");
    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, "updateOfferStatus", EN)) {
      journal.sending(2);
    }

    assertThatThrownBy(() -> BatchJournal.open(path, "abc", INPUT, null, EN))
        .isInstanceOf(CliException.class)
        .hasMessage(
            "the journal "
                + path
                + " was written for --operation-id updateOfferStatus, this run has -: run the"
                + " same command, or move the journal away to start a new run");
    try (BatchJournal journal = BatchJournal.open(path, "abc", INPUT, "updateOfferStatus", EN)) {
      assertThat(journal.inDoubt()).isEqualTo(Set.of(2));
    }
  }
}
