package dev.offerstatus.client;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Canned Feishu answers for MockWebServer. */
final class MockFeishu {
  static final String OFFER_ID = "7016605170635213100";
  static final String PATH = "/open-apis/hire/v1/offers/" + OFFER_ID + "/intern_offer_status";
  static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
  static final String APP_ID = "cli_a1b2c3";
  static final String APP_SECRET = "s3cr3t-app-secret-value";

  private MockFeishu() {}

  static MockResponse token(String token, int expireSeconds) {
    return json(
        200,
        "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\""
            + token
            + "\",\"expire\":"
            + expireSeconds
            + "}");
  }

  static MockResponse confirmed() {
    return json(
            200,
            "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer_id\":\""
                + OFFER_ID
                + "\",\"operation\":\"confirm_onboarding\","
                + "\"onboarding_info\":{\"actual_onboarding_date\":\"2022-01-01\"}}}")
        .setHeader("X-Tt-Logid", "20221123ok");
  }

  static MockResponse error(int status, int code, String msg) {
    return json(status, "{\"code\":" + code + ",\"msg\":\"" + msg + "\"}")
        .setHeader("X-Tt-Logid", "log-" + code);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  static OfferStatusClient.Builder client(MockWebServer server, FakeTime time) {
    return OfferStatusClient.builder()
        .baseUrl(server.url("/").toString())
        .appCredentials(APP_ID, APP_SECRET)
        .timeSource(time);
  }
}
