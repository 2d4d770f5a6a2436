package dev.offerstatus.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.spec.StateMachine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a row in doubt is settled by the status read back, for any transition of the spec. */
class ResumeCheckTest {
  private static StateMachine.Transition transition(List<Integer> from, int to) {
    return new StateMachine.Transition(
        BigDecimal.ONE, from, to, 1002069, List.of(), List.of(), Optional.empty(), "#/x", 0);
  }

  @Test
  void theStateATransitionLeadsToMeansItWasAppliedAStateItStartsFromMeansSendIt() {
    StateMachine.Transition expire = transition(List.of(6, 7), 9);

    assertThat(ResumeCheck.verdict(expire, 9)).isEqualTo(ResumeCheck.Verdict.APPLIED);
    assertThat(ResumeCheck.verdict(expire, 7)).isEqualTo(ResumeCheck.Verdict.SEND);
    assertThat(ResumeCheck.verdict(expire, 11)).isEqualTo(ResumeCheck.Verdict.OTHER_STATE);
  }

  @Test
  void aStateThatIsBothStartAndEndCannotTellWhetherItWasApplied() {
    assertThat(ResumeCheck.verdict(transition(List.of(6), 6), 6))
        .isEqualTo(ResumeCheck.Verdict.CANNOT_TELL);
  }
}
