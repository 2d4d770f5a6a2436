package dev.offerstatus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offerstatus.sdk.api.OfferApi;
import dev.offerstatus.sdk.model.ErrorResponse;
import java.io.IOException;
import java.time.LocalDate;
import okhttp3.OkHttpClient;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** The example values the pacts use, and the generated client pointed at a base URL. */
final class ContractExamples {
  static final String CONSUMER = "offer-status-kit-sdk";
  static final String TOKEN = "t-7f1bcd13fc57d46bac21793a18e560";
  static final String EXPIRED_TOKEN = "t-0e0d0c0b0a09080706050403020100";
  static final String OFFER_ID = "7016605170635213100";
  static final String PATH = "/open-apis/hire/v1/offers/" + OFFER_ID + "/intern_offer_status";
  static final LocalDate ONBOARDING = LocalDate.of(2022, 1, 1);
  static final LocalDate OFFBOARDING = LocalDate.of(2022, 3, 2);
  static final String DATE = "yyyy-MM-dd";
  static final String JSON_UTF8 = "application/json; charset=utf-8";
  static final String LOG_ID = "202211231234567890ABCDEF";

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private ContractExamples() {}

  /** A Feishu error body: its code, and a msg that starts with {@code msgPrefix}. */
  static PactDslJsonBody error(int code, String msgPrefix) {
    return new PactDslJsonBody()
        .numberValue("code", code)
        .stringMatcher("msg", regexEscape(msgPrefix) + ".*", msgPrefix);
  }

  /**
   * The error body of an answer that must have {@code status} and the example log id.
   *
   * @throws IOException if the body cannot be read
   */
  static ErrorResponse error(Response<?> response, int status) throws IOException {
    assertThat(response.code()).isEqualTo(status);
    assertThat(response.headers().get("X-Tt-Logid")).isEqualTo(LOG_ID);
    return MAPPER.readValue(response.errorBody().string(), ErrorResponse.class);
  }

  /** Escapes what a regular expression treats specially, one character at a time. */
  static String regexEscape(String text) {
    return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
  }

  /** The generated Retrofit client, sending {@code Authorization: Bearer <token>}. */
  static OfferApi api(String baseUrl, String token) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header("Authorization", "Bearer " + token)
                            .build()))
            .build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
        .client(http)
        .addConverterFactory(JacksonConverterFactory.create(MAPPER))
        .build()
        .create(OfferApi.class);
  }
}
