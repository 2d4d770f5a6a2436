package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static dev.offerstatus.client.MockFeishu.PATH;
import static dev.offerstatus.client.MockFeishu.error;
import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;
import static dev.offerstatus.sdk.operations.SpecOperations.UPDATE_OFFER_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.sdk.model.UpdatableOfferStatus;
import dev.offerstatus.sdk.model.UpdateOfferStatusRequest;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.testsupport.MockWebServerExtension;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error code of the spec and of the platform maps to its own type, with its facts. */
class ErrorMappingTest {
  private final FakeTime time = new FakeTime();
  @RegisterExtension final MockWebServerExtension mock = new MockWebServerExtension();
  private final MockWebServer server = mock.server();
  private final OfferStatusClient client =
      MockFeishu.client(server, time).tenantAccessToken("t-fixed").build();

  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of(
            500,
            1002001,
            "系统错误",
            SystemErrorException.class,
            "系统错误 / system error; 请根据实际报错信息定位或咨询技术支持 / locate the cause from the"
                + " message or ask technical support; not retried"),
        Arguments.of(
            400,
            1002002,
            "参数错误",
            ParameterErrorException.class,
            "参数错误 / parameter error; 检查参数是否正确，例如类型，大小 / check the parameters, e.g. type"
                + " and size; not retried"),
        Arguments.of(
            500,
            1002067,
            "实习待入职状态错误",
            PendingOnboardingStateException.class,
            "实习待入职状态错误 / intern pending-onboarding state error; 检查该实习 Offer 的待入职状态是否支持该操作"
                + " / check that the offer's pending-onboarding state allows the operation; not"
                + " retried"),
        Arguments.of(
            500,
            1002068,
            "实习入职状态错误",
            OnboardedStateException.class,
            "实习入职状态错误 / intern onboarded state error; 检查该实习 Offer 的入职状态是否支持该操作 / check"
                + " that the offer's onboarded state allows the operation; not retried"),
        Arguments.of(
            400,
            99991661,
            "Missing access token for authorization.",
            AuthenticationException.class,
            "the Authorization header is missing or malformed; not retried"),
        Arguments.of(
            400,
            99991664,
            "invalid app token",
            AuthenticationException.class,
            "the app token is invalid; check the credentials"),
        Arguments.of(
            400,
            99991671,
            "token prefix invalid",
            AuthenticationException.class,
            "the token must start with \"t-\" or \"u-\"; not retried"),
        Arguments.of(
            400,
            99991401,
            "ip not allowed",
            AuthenticationException.class,
            "the caller's IP address is not on the app's allow list; not retried"),
        Arguments.of(
            400,
            99991672,
            "Access denied. One of the following scopes is required: [hire:offer].",
            MissingPermissionException.class,
            "the app lacks the scope hire:offer; grant it to the app in the Feishu developer"
                + " console and publish a new version"),
        Arguments.of(
            400,
            99991403,
            "quota exceeded",
            QuotaExceededException.class,
            "the app's monthly call quota is exceeded; not retried"),
        Arguments.of(
            400,
            1234567,
            "something new",
            OtherFeishuErrorException.class,
            "a code the spec declares neither for internOfferStatus nor for the platform; not"
                + " retried"));
  }

  @ParameterizedTest
  @MethodSource("codes")
  void eachCodeHasItsTypeCodeStatusAndLogId(
      int status, int code, String msg, Class<? extends FeishuApiException> type, String advice) {
    server.enqueue(error(status, code, msg));

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(
            FeishuApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.msg()).isEqualTo(msg);
              assertThat(e.httpStatus()).isEqualTo(status);
              assertThat(e.logId()).contains("log-" + code);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "POST "
                          + PATH
                          + ": Feishu answered code "
                          + code
                          + " \""
                          + msg
                          + "\" (HTTP "
                          + status
                          + ", log id log-"
                          + code
                          + "): "
                          + advice);
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theMissingScopeIsNamed() {
    server.enqueue(
        error(
            400,
            99991672,
            "Access denied. One of the following scopes is required: [hire:offer, hire:job]."));

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            MissingPermissionException.class,
            e -> assertThat(e.scopes()).containsExactly("hire:offer", "hire:job"));
  }

  @Test
  void withoutScopesInTheMsgTheSpecsRequiredScopesAreNamed() {
    server.enqueue(error(400, 99991672, "Access denied."));

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            MissingPermissionException.class,
            e -> assertThat(e.scopes()).containsExactly("hire:offer"));
  }

  @Test
  void everyCodeOfTheSpecHasATypeOfItsOwn() {
    ContractModel model = ContractModel.fromClasspath();
    Operation write = model.requireOperation(INTERN_OFFER_STATUS.operationId());
    FeishuErrors errors = new FeishuErrors(model, write);
    List<DeclaredErrorCode> codes = new java.util.ArrayList<>(write.errorCodes());
    codes.addAll(model.platformErrorCodes());

    assertThat(codes).hasSizeGreaterThanOrEqualTo(15);
    codes.forEach(
        c ->
            assertThat(errors.map(errors.answer("x", c.code(), "m", c.httpStatus(), null), false))
                .as("code %d (%s)", c.code(), c.kind())
                .isNotInstanceOf(OtherFeishuErrorException.class));
    assertThat(errors.map(errors.answer("x", 1234567, "m", 400, null), false))
        .isInstanceOf(OtherFeishuErrorException.class);
  }

  @Test
  void aCodeMapsByItsKindInTheSpecNotByANumberInJava() {
    // a copy of the spec where 1002002 is a state error: the client follows the spec
    String spec =
        dev.offerstatus.spec.ContractResources.read(dev.offerstatus.spec.ContractResources.OPENAPI)
            .replace(
                "        - code: 1002002\n          http-status: 400\n          kind: parameter\n",
                "        - code: 1002002\n          http-status: 400\n          kind: onboarded-state\n");
    ContractModel model = ContractModel.parse(spec);
    FeishuErrors errors =
        new FeishuErrors(model, model.requireOperation(INTERN_OFFER_STATUS.operationId()));

    assertThat(errors.map(errors.answer("x", 1002002, "m", 400, null), false))
        .isInstanceOf(OnboardedStateException.class);
    assertThat(errors.isTokenInvalid(99991663)).isTrue();
    assertThat(errors.isRateLimited(99991400)).isTrue();
    assertThat(errors.isRateLimited(99991663)).isFalse();
  }

  @Test
  void everyErrorCarriesItsOperationAndKind() {
    server.enqueue(error(500, 1002067, "实习待入职状态错误"));

    assertThatThrownBy(() -> client.cancelOnboarding(OFFER_ID))
        .isInstanceOfSatisfying(
            PendingOnboardingStateException.class,
            e -> {
              assertThat(e.operationId()).isEqualTo(INTERN_OFFER_STATUS.operationId());
              assertThat(e.kind()).contains(ErrorKind.PENDING_ONBOARDING_STATE);
            });
  }

  @Test
  void aCodeIsLookedUpOnTheOperationThatWasCalledAndAnUnhandledKindIsStillTyped() {
    // 1002064 is declared by updateOfferStatus only, with a kind the client has no special
    // handling for
    server.enqueue(error(400, 1002064, "offer not found"));

    assertThatThrownBy(
            () ->
                client.updateOfferStatus(
                    OFFER_ID,
                    new UpdateOfferStatusRequest().offerStatus(UpdatableOfferStatus.APPROVING)))
        .isInstanceOfSatisfying(
            OtherFeishuErrorException.class,
            e -> {
              assertThat(e.operationId()).isEqualTo(UPDATE_OFFER_STATUS.operationId());
              assertThat(e.code()).isEqualTo(1002064);
              assertThat(e.kind()).contains(ErrorKind.of("offer-not-found"));
              assertThat(e.msg()).isEqualTo("offer not found");
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.logId()).contains("log-1002064");
            })
        .hasMessage(
            "PATCH /open-apis/hire/v1/offers/"
                + OFFER_ID
                + "/offer_status: Feishu answered code 1002064 \"offer not found\" (HTTP 400, log"
                + " id log-1002064): offer-not-found: Offer 不存在 / the offer does not exist; Offer"
                + " ID 非法，请检查入参 `offer_id` 是否正确 / the offer id is not valid; check the"
                + " offer_id parameter; not retried");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
