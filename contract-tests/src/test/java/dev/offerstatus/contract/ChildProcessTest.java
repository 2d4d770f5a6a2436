package dev.offerstatus.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {
  @TempDir Path dir;

  @Test
  void aHungProcessIsKilledAtItsTimeoutAndItsOutputTailIsReported() {
    ProcessBuilder hung = new ProcessBuilder("bash", "-c", "echo pid $$; exec sleep 600");
    Path log = dir.resolve("hung.log");

    Throwable thrown =
        catchThrowable(() -> ChildProcess.run("hung step", hung, Duration.ofSeconds(1), log));

    assertThat(thrown).isInstanceOf(AssertionError.class);
    String pid = thrown.getMessage().substring(thrown.getMessage().lastIndexOf("pid ") + 4);
    assertThat(thrown)
        .hasMessage(
            "hung step did not finish within 1 s and was killed; the last lines of "
                + log
                + ":\npid "
                + pid);
    assertThat(ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive)).isEmpty();
  }

  @Test
  void aFailedProcessIsReportedWithTheLastFortyLinesOfItsOutput() {
    ProcessBuilder failing =
        new ProcessBuilder("bash", "-c", "for i in $(seq 1 50); do echo line $i; done; exit 7");
    Path log = dir.resolve("failing.log");

    assertThatThrownBy(() -> ChildProcess.run("failing step", failing, Duration.ofSeconds(30), log))
        .hasMessage(
            "failing step exited with status 7; the last lines of "
                + log
                + ":\n"
                + IntStream.rangeClosed(11, 50)
                    .mapToObj(i -> "line " + i)
                    .collect(Collectors.joining("\n")));
  }

  @Test
  void aSuccessfulProcessReturnsItsWholeOutputWithStderrMerged() throws Exception {
    ProcessBuilder ok = new ProcessBuilder("bash", "-c", "echo out; echo err >&2");

    assertThat(ChildProcess.run("ok step", ok, Duration.ofSeconds(30), dir.resolve("ok.log")))
        .isEqualTo("out\nerr\n");
  }
}
