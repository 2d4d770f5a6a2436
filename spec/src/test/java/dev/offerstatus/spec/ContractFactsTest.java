package dev.offerstatus.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.offerstatus.spec.ContractFacts.ErrorCode;
import dev.offerstatus.spec.ContractFacts.ErrorExample;
import dev.offerstatus.spec.ContractFacts.RateLimit;
import org.junit.jupiter.api.Test;

class ContractFactsTest {
  private static final String SPEC = ContractResources.read(ContractResources.OPENAPI);
  private static final String OPERATION =
      "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_offer_status/post";

  @Test
  void readsTheRateLimitScopesAndTokenPathOfTheShippedSpec() {
    ContractFacts facts = ContractFacts.fromClasspath();

    assertThat(facts.rateLimit()).isEqualTo(new RateLimit(50, 1000));
    assertThat(facts.requiredScopes()).containsExactly("hire:offer");
    assertThat(facts.tokenPath()).isEqualTo("/open-apis/auth/v3/tenant_access_token/internal");
    assertThat("#" + ContractFacts.OPERATION_POINTER).isEqualTo(OPERATION);
  }

  @Test
  void theShippedSpecIsParsedOnce() {
    assertThat(ContractFacts.fromClasspath()).isSameAs(ContractFacts.fromClasspath());
    assertThat(ContractFacts.fromSpec(SPEC)).isEqualTo(ContractFacts.fromClasspath());
  }

  @Test
  void readsEveryErrorCodeWithItsStatusDescriptionAndAdvice() {
    ContractFacts facts = ContractFacts.fromClasspath();

    assertThat(facts.errorCodes().keySet()).containsExactly(1002001, 1002002, 1002067, 1002068);
    assertThat(facts.errorCodes())
        .containsEntry(
            1002002,
            new ErrorCode(
                1002002,
                400,
                "参数错误 / parameter error",
                "检查参数是否正确，例如类型，大小 / check the parameters, e.g. type and size"));
    assertThat(facts.errorCodes().values())
        .extracting(ErrorCode::code, ErrorCode::httpStatus)
        .containsExactly(
            tuple(1002001, 500), tuple(1002002, 400), tuple(1002067, 500), tuple(1002068, 500));
  }

  @Test
  void readsTheStatusAndMessageOfEveryNamedErrorExample() {
    ContractFacts facts = ContractFacts.fromClasspath();

    assertThat(facts.errorExamples())
        .containsOnly(
            entry(1002002, new ErrorExample(1002002, 400, "参数错误")),
            entry(
                99991661,
                new ErrorExample(
                    99991661,
                    400,
                    "Missing access token for authorization. Please make a request with token"
                        + " attached.")),
            entry(
                99991663,
                new ErrorExample(
                    99991663,
                    400,
                    "Invalid access token for authorization. Please make a request with token"
                        + " attached.")),
            entry(
                99991672,
                new ErrorExample(
                    99991672,
                    400,
                    "Access denied. One of the following scopes is required: [hire:offer].")),
            entry(99991400, new ErrorExample(99991400, 429, "request trigger frequency limit")),
            entry(1002001, new ErrorExample(1002001, 500, "系统错误")),
            entry(1002067, new ErrorExample(1002067, 500, "实习待入职状态错误")),
            entry(1002068, new ErrorExample(1002068, 500, "实习入职状态错误")),
            // platform codes without an example under this operation: their description
            entry(99991401, new ErrorExample(99991401, 400, "ip %s is denied by app setting")),
            entry(
                99991403,
                new ErrorExample(99991403, 400, "This month's API call quota has been exceeded")),
            entry(99991664, new ErrorExample(99991664, 400, "invalid app token")),
            entry(
                99991671, new ErrorExample(99991671, 400, "Invalid token: must start with t-/u-")),
            entry(10003, new ErrorExample(10003, 400, "invalid parameter")),
            entry(10014, new ErrorExample(10014, 400, "app unauthorized")),
            entry(10015, new ErrorExample(10015, 400, "wrong app secret")));
  }

  @Test
  void theHttpStatusOfACodeComesFromXErrorCodesBeforeTheExamples() {
    // 1002002 becomes a 500 in x-error-codes while its example stays under the 400 response
    String moved =
        SPEC.replace(
            "        - code: 1002002\n          http-status: 400",
            "        - code: 1002002\n          http-status: 500");
    ContractFacts facts = ContractFacts.fromSpec(moved);

    assertThat(facts.httpStatus(1002002)).isEqualTo(500);
    assertThat(facts.errorExamples().get(1002002).httpStatus()).isEqualTo(400);
    assertThat(facts.httpStatus(99991672)).isEqualTo(400);
    assertThat(facts.httpStatus(99991400)).isEqualTo(429);
    assertThat(facts.exampleMessage(99991400)).isEqualTo("request trigger frequency limit");
  }

  @Test
  void aCodeTheSpecDoesNotKnowHasNoStatusAndNoMessage() {
    ContractFacts facts = ContractFacts.fromClasspath();

    assertThatThrownBy(() -> facts.httpStatus(10004))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The spec declares no HTTP status for error code 10004");
    assertThatThrownBy(() -> facts.exampleMessage(10004))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The spec has no example message for error code 10004");
  }

  @Test
  void aSpecWithoutTheRateLimitIsRefusedWithItsPointer() {
    String broken = SPEC.replace("        per-minute: 1000\n", "");

    assertThatThrownBy(() -> ContractFacts.fromSpec(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The OpenAPI spec lacks an integer at " + OPERATION + "/x-rate-limit/per-minute");
  }

  @Test
  void aSpecWithoutTheOperationIsRefusedWithItsPointer() {
    String broken =
        SPEC.replace("intern_offer_status:\n    post:", "intern_offer_status:\n    put:");

    assertThatThrownBy(() -> ContractFacts.fromSpec(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The OpenAPI spec lacks an operation at " + OPERATION);
  }
}
