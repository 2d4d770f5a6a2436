package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rate limits per app, driven by a fake clock. */
class RateLimitTest {
  private static final String CANCEL = "{\"operation\":\"cancel_onboarding\"}";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  private Simulator simulator;
  private Http http;

  private String start(UnaryOperator<Simulator.Builder> config) {
    simulator =
        config.apply(Simulator.builder().app("cli_a", "a").app("cli_b", "b").clock(clock)).start();
    http = new Http(simulator.baseUrl());
    return simulator.issueToken("cli_a");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  /** Any answer but 429 means the request got past the limiter (unknown offer: 1002002). */
  private Http.Answer call(String token) {
    return http.offer(token, "unknown", CANCEL);
  }

  @Test
  void defaultsComeFromTheSpecsRateLimit() {
    String token = start(b -> b);
    for (int i = 0; i < 50; i++) {
      assertThat(call(token).code()).as("request %d", i + 1).isEqualTo(1002002);
    }

    Http.Answer refused = call(token);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.code()).isEqualTo(99991400);
    assertThat(refused.msg()).isEqualTo("request trigger frequency limit");
    assertThat(refused.header("x-ogw-ratelimit-limit")).isEqualTo("50");
    assertThat(refused.header("x-ogw-ratelimit-reset")).isEqualTo("1");
    assertThat(refused.header("X-Tt-Logid")).isNotBlank();
  }

  @Test
  void perSecondWindowResetsWithTheClock() {
    String token = start(b -> b.limits(3, 100));
    for (int i = 0; i < 3; i++) {
      call(token);
    }
    assertThat(call(token).status()).isEqualTo(429);

    clock.advance(Duration.ofMillis(999));
    assertThat(call(token).status()).isEqualTo(429);

    clock.advance(Duration.ofMillis(1));
    assertThat(call(token).code()).isEqualTo(1002002);
  }

  @Test
  void perMinuteLimitAnswersWithTheSecondsLeftInTheMinute() {
    String token = start(b -> b.limits(100, 5));
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofSeconds(1));
      call(token);
    }

    Http.Answer refused = call(token);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("x-ogw-ratelimit-limit")).isEqualTo("5");
    assertThat(refused.header("x-ogw-ratelimit-reset")).isEqualTo("55");
    clock.advance(Duration.ofSeconds(55));
    assertThat(call(token).code()).isEqualTo(1002002);
  }

  @Test
  void refusedRequestsDoNotCount() {
    String token = start(b -> b.limits(100, 2));
    call(token);
    call(token);
    for (int i = 0; i < 10; i++) {
      assertThat(call(token).status()).isEqualTo(429);
    }

    clock.advance(Duration.ofMinutes(1));

    assertThat(call(token).code()).isEqualTo(1002002);
    assertThat(call(token).code()).isEqualTo(1002002);
    assertThat(call(token).status()).isEqualTo(429);
  }

  @Test
  void answersCountsEveryAnswerByCode() {
    String token = start(b -> b.limits(100, 2));
    for (int i = 0; i < 5; i++) {
      call(token);
    }

    assertThat(simulator.answers(99991400)).isEqualTo(3);
    assertThat(simulator.answers(1002002)).isEqualTo(2);
    assertThat(simulator.answers(0)).isZero();
  }

  @Test
  void limitsArePerApp() {
    String tokenA = start(b -> b.limits(1, 100));
    String tokenB = simulator.issueToken("cli_b");
    call(tokenA);
    assertThat(call(tokenA).status()).isEqualTo(429);

    assertThat(call(tokenB).code()).isEqualTo(1002002);
  }

  @Test
  void windowOffsetShiftsTheWindows() {
    String token = start(b -> b.limits(1, 100).windowOffset(Duration.ofMillis(300)));
    clock.advance(Duration.ofMillis(200));
    call(token);

    Http.Answer refused = call(token);
    clock.advance(Duration.ofMillis(99));
    Http.Answer stillRefused = call(token);
    clock.advance(Duration.ofMillis(1));
    Http.Answer allowed = call(token);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("x-ogw-ratelimit-reset")).isEqualTo("1");
    assertThat(stillRefused.status()).isEqualTo(429);
    assertThat(allowed.code()).isEqualTo(1002002);
  }

  @Test
  void limitsOffLetsEveryRequestThrough() {
    String token = start(b -> b.limits(1, 1).limitsOff());
    for (int i = 0; i < 20; i++) {
      assertThat(call(token).code()).isEqualTo(1002002);
    }
  }

  @Test
  void refuseNextRequestThrottlesExactlyOneRequest() {
    String token = start(b -> b.limitsOff());
    clock.advance(Duration.ofSeconds(15));
    simulator.refuseNextRequest("cli_a");

    Http.Answer refused = call(token);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.code()).isEqualTo(99991400);
    assertThat(refused.header("x-ogw-ratelimit-limit")).isEqualTo("1000");
    assertThat(refused.header("x-ogw-ratelimit-reset")).isEqualTo("45");
    assertThat(call(token).code()).isEqualTo(1002002);
  }

  @Test
  void unauthenticatedRequestsAreNotCounted() {
    String token = start(b -> b.limits(1, 100));
    for (int i = 0; i < 5; i++) {
      assertThat(http.offer("t-nobody", "unknown", CANCEL).code()).isEqualTo(99991663);
    }

    assertThat(call(token).code()).isEqualTo(1002002);
  }
}
