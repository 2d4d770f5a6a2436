package dev.offerstatus.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offerstatus.sdk.api.OfferApi;
import java.time.LocalDate;
import okhttp3.OkHttpClient;
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
