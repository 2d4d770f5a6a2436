package dev.offerstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.spec.ContractResources;
import org.junit.jupiter.api.Test;

class ContractFactsTest {
  private static final String SPEC = ContractResources.read(ContractResources.OPENAPI);

  @Test
  void readsTheOperationsPlatformFactsFromTheSpec() {
    ContractFacts facts = ContractFacts.shipped();

    assertThat(facts.rateLimit()).isEqualTo(new RateLimit(50, 1000));
    assertThat(facts.requiredScopes()).containsExactly("hire:offer");
    assertThat(facts.errorCodes().keySet())
        .containsExactlyInAnyOrder(1002001, 1002002, 1002067, 1002068);
    assertThat(facts.errorCodes().get(1002002).httpStatus()).isEqualTo(400);
    assertThat(facts.errorCodes().get(1002067).httpStatus()).isEqualTo(500);
    assertThat(facts.tokenPath()).isEqualTo("open-apis/auth/v3/tenant_access_token/internal");
  }

  @Test
  void aSpecWithoutTheRateLimitIsRefusedWithItsPointer() {
    String broken = SPEC.replace("per-minute: 1000", "per-hour: 1000");

    assertThatThrownBy(() -> ContractFacts.parse(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The OpenAPI spec's x-rate-limit lacks an integer \"per-minute\" at"
                + " #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post"
                + "/x-rate-limit");
  }

  @Test
  void aSpecWithoutTheTokenUrlIsRefusedWithItsPointer() {
    String broken = SPEC.replace("x-token-url:", "x-token-uri:");

    assertThatThrownBy(() -> ContractFacts.parse(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The OpenAPI spec lacks an http(s) URL at"
                + " #/components/securitySchemes/tenant_access_token/x-token-url");
  }
}
