package dev.offerstatus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a recorded exchange shows when logged. */
class RecordedExchangeTest {
  private static final String PATH = "/open-apis/hire/v1/offers/o1/intern_offer_status";

  @Test
  void toStringRedactsTheBearerTokenButTheAccessorKeepsIt() {
    RecordedExchange exchange =
        new RecordedExchange("POST", PATH, "Bearer t-secret123", "{}", 200, 0);

    assertThat(exchange.toString())
        .isEqualTo(
            "RecordedExchange[method=POST, path="
                + PATH
                + ", authorization=Bearer <redacted>, body={}, status=200, code=0]")
        .doesNotContain("t-secret123");
    assertThat(exchange.authorization()).isEqualTo("Bearer t-secret123");
  }

  @Test
  void toStringRedactsAnAuthorizationWithoutScheme() {
    RecordedExchange exchange = new RecordedExchange("POST", PATH, "t-secret123", "", 400, 1);

    assertThat(exchange.toString()).contains("authorization=<redacted>,").doesNotContain("secret");
  }

  @Test
  void toStringShowsAMissingAuthorizationAsNull() {
    RecordedExchange exchange = new RecordedExchange("GET", "/x", null, "", 404, 404);

    assertThat(exchange.toString()).contains("authorization=null,");
  }
}
