package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.spec.synthetic.SyntheticContract;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding an operation needs no Java: a further operation added to a copy of the spec (the spec
 * test-jar's {@link SyntheticContract}) is served with its limit, its rules and its codes, with no
 * Java change.
 */
class SyntheticOperationTest {
  private static final String PATH =
      SyntheticContract.PATH.substring(1).replace("{offer_id}", "7016605170635213100");
  private static final String INTERNAL = "{\"note_type\":\"internal\",\"note\":\"待确认薪资\"}";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00.500Z"));
  private Simulator simulator;
  private Http http;
  private String bearer;

  @BeforeEach
  void start() {
    simulator = Simulator.builder().spec(SyntheticContract.model()).clock(clock).start();
    http = new Http(simulator.baseUrl());
    bearer = "Bearer " + simulator.issueToken(Simulator.DEFAULT_APP_ID);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void aValidRequestGetsItsDocumentedAnswer() {
    Http.Answer answer = http.post(PATH, bearer, INTERNAL);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().toString())
        .isEqualTo(
            "{\"code\":0,\"msg\":\"success\",\"data\":{\"note_id\":\"7400000000000000001\"}}");
    assertThat(simulator.answers(SyntheticContract.OPERATION_ID, 0)).isEqualTo(1);
  }

  @Test
  void itsRulesAnswerItsParameterCode() {
    Http.Answer candidate =
        http.post(PATH, bearer, "{\"note_type\":\"candidate\",\"note\":\"已沟通\"}");
    clock.advance(Duration.ofSeconds(1)); // its limit is 1 per second
    Http.Answer tooLong =
        http.post(
            PATH, bearer, "{\"note_type\":\"internal\",\"note\":\"" + "n".repeat(201) + "\"}");

    assertThat(candidate.status()).isEqualTo(400);
    assertThat(candidate.code()).isEqualTo(1002002);
    assertThat(candidate.msg())
        .isEqualTo(
            "参数错误: visible_to: is required when note_type is \"candidate\""
                + " (rule visible-to-required-for-candidate-notes)");
    assertThat(tooLong.code()).isEqualTo(1002002);
    assertThat(tooLong.msg()).startsWith("参数错误: note: ");
  }

  @Test
  void itsOwnLimitIsEnforced() {
    // per-second 1, per-minute 5
    assertThat(http.post(PATH, bearer, INTERNAL).code()).isZero();
    Http.Answer second = http.post(PATH, bearer, INTERNAL);
    assertThat(second.status()).isEqualTo(429);
    assertThat(second.header("x-ogw-ratelimit-limit")).isEqualTo("1");
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofSeconds(1));
      assertThat(http.post(PATH, bearer, INTERNAL).code()).isZero();
    }
    clock.advance(Duration.ofSeconds(1));
    Http.Answer sixth = http.post(PATH, bearer, INTERNAL);
    assertThat(sixth.code()).isEqualTo(99991400);
    assertThat(sixth.header("x-ogw-ratelimit-limit")).isEqualTo("5");
    assertThat(sixth.header("x-ogw-ratelimit-reset")).isEqualTo("55");
  }

  @Test
  void aCodeOfAKindNobodyHandlesIsAnsweredAsDeclared() {
    simulator.answerNext(SyntheticContract.OPERATION_ID, SyntheticContract.UNHANDLED_CODE);

    Http.Answer locked = http.post(PATH, bearer, INTERNAL);
    Http.Answer next = http.post(PATH, bearer, INTERNAL);

    assertThat(locked.status()).isEqualTo(400);
    assertThat(locked.code()).isEqualTo(1009901);
    assertThat(locked.msg()).isEqualTo("Offer 备注已锁定");
    assertThat(locked.body().at("/error/log_id").asText()).isEqualTo(locked.header("X-Tt-Logid"));
    assertThat(next.status()).isEqualTo(429); // one answer only; then its 1/s window counts
    assertThatThrownBy(() -> simulator.answerNext(SyntheticContract.OPERATION_ID, 1002064))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "addSyntheticOfferNote declares no error code 1002064 (x-error-codes,"
                + " x-platform-error-codes)");
  }

  @Test
  void theStandaloneSimulatorServesItFromTheFile(@TempDir Path dir) {
    Path spec = SyntheticContract.write(dir);

    try (Simulator standalone =
        SimulatorMain.parse(new String[] {"--port", "0", "--spec", spec.toString()})
            .builder(java.util.Map.of())
            .start()) {
      Http.Answer answer =
          new Http(standalone.baseUrl())
              .post(PATH, "Bearer " + standalone.issueToken(Simulator.DEFAULT_APP_ID), INTERNAL);

      assertThat(answer.code()).isZero();
    }
  }
}
