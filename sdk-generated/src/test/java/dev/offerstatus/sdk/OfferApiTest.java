package dev.offerstatus.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offerstatus.sdk.model.ErrorResponse;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.InternOfferStatusResponse;
import dev.offerstatus.sdk.model.Operation;
import java.io.IOException;
import java.time.LocalDate;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retrofit2.Response;

/** The generated Retrofit interface on the wire, checked against a real loopback server. */
class OfferApiTest {
  private static final String OFFER_ID = "7016605170635213100";
  private static final String PATH = "/open-apis/hire/v1/offers/%s/intern_offer_status";

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  @RegisterExtension final LoopbackOfferApi wire = new LoopbackOfferApi(mapper);

  private String example(String name) throws IOException {
    return wire.example(name);
  }

  private RecordedRequest send(String offerId, InternOfferStatusRequest body) throws Exception {
    wire.server()
        .enqueue(
            new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody(example("DocResponse")));
    Response<InternOfferStatusResponse> response =
        wire.api().internOfferStatus(offerId, body).execute();
    assertThat(response.code()).isEqualTo(200);
    return wire.server().takeRequest();
  }

  @Test
  void confirmOnboardingPostsTheDateAsIsoAndOmitsAbsentFields() throws Exception {
    RecordedRequest request =
        send(
            OFFER_ID,
            new InternOfferStatusRequest()
                .operation(Operation.CONFIRM_ONBOARDING)
                .onboardingInfo(
                    new InternOfferOnboardingInfo()
                        .actualOnboardingDate(LocalDate.of(2022, 1, 1))));

    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(PATH.formatted(OFFER_ID));
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().readUtf8())
        .isEqualTo(
            "{\"operation\":\"confirm_onboarding\","
                + "\"onboarding_info\":{\"actual_onboarding_date\":\"2022-01-01\"}}")
        .isEqualTo(example("ConfirmOnboardingRequest"));
  }

  @Test
  void cancelOnboardingPostsOnlyTheOperation() throws Exception {
    RecordedRequest request =
        send(OFFER_ID, new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING));

    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(PATH.formatted(OFFER_ID));
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("{\"operation\":\"cancel_onboarding\"}")
        .isEqualTo(example("CancelOnboardingRequest"));
  }

  @Test
  void offboardPostsTheOffboardingDateAndNotes() throws Exception {
    RecordedRequest request =
        send(
            OFFER_ID,
            new InternOfferStatusRequest()
                .operation(Operation.OFFBOARD)
                .offboardingInfo(
                    new InternOfferOffboardingInfo()
                        .actualOffboardingDate(LocalDate.of(2022, 3, 2))
                        .notes("主动离职")));

    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(PATH.formatted(OFFER_ID));
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().readUtf8())
        .isEqualTo(
            "{\"operation\":\"offboard\",\"offboarding_info\":"
                + "{\"actual_offboarding_date\":\"2022-03-02\",\"notes\":\"主动离职\"}}")
        .isEqualTo(example("OffboardRequest"));
  }

  @ParameterizedTest
  @CsvSource({
    "'a b', /open-apis/hire/v1/offers/a%20b/intern_offer_status",
    "'x/y', /open-apis/hire/v1/offers/x%2Fy/intern_offer_status",
    "'q?r#s', /open-apis/hire/v1/offers/q%3Fr%23s/intern_offer_status",
    "'offer%1', /open-apis/hire/v1/offers/offer%251/intern_offer_status",
    "'实习', /open-apis/hire/v1/offers/%E5%AE%9E%E4%B9%A0/intern_offer_status",
  })
  void offerIdIsPercentEncodedAsOnePathSegment(String offerId, String expectedPath)
      throws Exception {
    RecordedRequest request =
        send(offerId, new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING));

    assertThat(request.getPath()).isEqualTo(expectedPath);
  }

  @Test
  void parsesTheDocsSuccessResponse() throws Exception {
    wire.server()
        .enqueue(
            new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody(example("DocResponse")));

    InternOfferStatusResponse body =
        wire.api()
            .internOfferStatus(
                OFFER_ID, new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING))
            .execute()
            .body();

    assertThat(body).isNotNull();
    assertThat(body.getCode()).isZero();
    assertThat(body.getMsg()).isEqualTo("success");
    assertThat(body.getData().getOfferId()).isEqualTo("6949805467799537964");
    assertThat(body.getData().getOperation()).isEqualTo(Operation.CONFIRM_ONBOARDING);
    assertThat(body.getData().getOnboardingInfo().getActualOnboardingDate())
        .isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(body.getData().getOffboardingInfo().getActualOffboardingDate())
        .isEqualTo(LocalDate.of(2022, 3, 2));
    assertThat(body.getData().getOffboardingInfo().getNotes()).isEqualTo("主动离职");
  }

  @ParameterizedTest
  @CsvSource({
    "400, Error1002002, 1002002, 参数错误",
    "500, Error1002001, 1002001, 系统错误",
    "500, Error1002067, 1002067, 实习待入职状态错误",
    "500, Error1002068, 1002068, 实习入职状态错误",
  })
  void parsesTheErrorEnvelope(int status, String example, int code, String msg) throws Exception {
    wire.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Tt-Logid", "202211231234567890")
                .setBody(example(example)));

    Response<InternOfferStatusResponse> response =
        wire.api()
            .internOfferStatus(
                OFFER_ID, new InternOfferStatusRequest().operation(Operation.CANCEL_ONBOARDING))
            .execute();

    assertThat(response.isSuccessful()).isFalse();
    assertThat(response.code()).isEqualTo(status);
    assertThat(response.headers().get("X-Tt-Logid")).isEqualTo("202211231234567890");
    ErrorResponse error = mapper.readValue(response.errorBody().string(), ErrorResponse.class);
    assertThat(error.getCode()).isEqualTo(code);
    assertThat(error.getMsg()).isEqualTo(msg);
  }
}
