package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token endpoint follows its page: the same token while 30 minutes or more remain, a new one
 * below that, the old one still valid (fake clock; the lifetime and threshold come from the spec's
 * x-token-policy).
 */
class TokenIssuanceTest {
  private static final String CANCEL = "{\"operation\":\"cancel_onboarding\"}";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private Simulator simulator;
  private Http http;

  @BeforeEach
  void start() {
    simulator =
        Simulator.builder()
            .app("cli_a", "secret_a")
            .app("cli_b", "secret_b")
            .clock(clock)
            .limitsOff()
            .seed(Offer.pendingOnboarding("p1"), Offer.pendingOnboarding("p2"))
            .start();
    http = new Http(simulator.baseUrl());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private Http.Answer token(String app) {
    return http.token(app, "secret_" + app.substring(4));
  }

  @Test
  void theSameTokenWhileThirtyMinutesOrMoreRemain() {
    Http.Answer first = token("cli_a");
    assertThat(first.body().path("expire").asLong()).isEqualTo(7200);

    clock.advance(Duration.ofMinutes(90)); // exactly 30 minutes remain
    Http.Answer again = token("cli_a");

    assertThat(again.body().path("tenant_access_token").asText())
        .isEqualTo(first.body().path("tenant_access_token").asText());
    assertThat(again.body().path("expire").asLong()).isEqualTo(1800);
  }

  @Test
  void aNewTokenBelowThirtyMinutesAndTheOldOneStaysValid() {
    String old = token("cli_a").body().path("tenant_access_token").asText();

    clock.advance(Duration.ofMinutes(90).plusSeconds(1)); // 29:59 remain
    Http.Answer renewed = token("cli_a");
    String fresh = renewed.body().path("tenant_access_token").asText();

    assertThat(fresh).isNotEqualTo(old).matches("t-[0-9a-f]{40}");
    assertThat(renewed.body().path("expire").asLong()).isEqualTo(7200);
    assertThat(http.offer(old, "p1", CANCEL).code()).isZero();
    assertThat(http.offer(fresh, "p2", CANCEL).code()).isZero();
    assertThat(token("cli_a").body().path("tenant_access_token").asText()).isEqualTo(fresh);
  }

  @Test
  void eachAppHasItsOwnToken() {
    assertThat(token("cli_a").body().path("tenant_access_token").asText())
        .isNotEqualTo(token("cli_b").body().path("tenant_access_token").asText());
  }

  @Test
  void anExpiredTokenIsNotReissued() {
    String old = token("cli_a").body().path("tenant_access_token").asText();

    clock.advance(Duration.ofHours(2));

    assertThat(http.offer(old, "p1", CANCEL).code()).isEqualTo(99991663);
    assertThat(token("cli_a").body().path("tenant_access_token").asText()).isNotEqualTo(old);
  }
}
