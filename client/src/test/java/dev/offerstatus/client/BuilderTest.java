package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.APP_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuilderTest {

  @Test
  void theDefaultCallTimeoutIsTheConnectPlusTheReadTimeout() {
    assertThat(OfferStatusClient.builder().callTimeout()).isEqualTo(Duration.ofSeconds(40));
    assertThat(
            OfferStatusClient.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout())
        .isEqualTo(Duration.ofSeconds(7));
    assertThat(OfferStatusClient.builder().callTimeout(Duration.ofSeconds(90)).callTimeout())
        .isEqualTo(Duration.ofSeconds(90));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://open.feishu.cn/", "http://10.0.0.7:8080/", "http://localhost.evil.com/"})
  void plainHttpIsRefusedForHostsOtherThanLoopback(String url) {
    assertThatThrownBy(() -> OfferStatusClient.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseUrl "
                + url
                + " uses plain http: only https is allowed, except for loopback hosts"
                + " (localhost, 127.0.0.0/8, [::1])");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/",
        "http://127.0.0.1:8080/",
        "http://127.3.4.5/",
        "http://[::1]:8080/",
        "https://open.feishu.cn/",
        "https://open.larksuite.com/"
      })
  void httpsAndLoopbackHttpAreAccepted(String url) {
    assertThat(OfferStatusClient.builder().baseUrl(url).tenantAccessToken("t-x").build())
        .hasToString(
            "OfferStatusClient{baseUrl="
                + url
                + ", auth=fixed tenant_access_token (redacted),"
                + " rateLimiter={getOffer=SlidingWindowRateLimiter{20/s, margins 50 ms"
                + " and 1000 ms}, internOfferStatus=SlidingWindowRateLimiter{50/s, 1000/min,"
                + " margins 50 ms and 1000 ms}, listOffers=SlidingWindowRateLimiter{50/s,"
                + " 1000/min, margins 50 ms and 1000 ms},"
                + " updateOfferStatus=SlidingWindowRateLimiter{100/min, margins 50 ms and 1000"
                + " ms}}}");
  }

  @Test
  void aBaseUrlMustEndWithASlash() {
    assertThatThrownBy(() -> OfferStatusClient.builder().baseUrl("https://open.feishu.cn/api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl https://open.feishu.cn/api must end with '/'");
  }

  @Test
  void aBaseUrlMustBeAUrl() {
    assertThatThrownBy(() -> OfferStatusClient.builder().baseUrl("ftp://x/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl \"ftp://x/\" is not an http or https URL");
  }

  @Test
  void credentialsAreRequired() {
    assertThatThrownBy(() -> OfferStatusClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "No credentials: call appCredentials(appId, appSecret), tokenProvider(provider) or"
                + " tenantAccessToken(token)");
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> OfferStatusClient.builder().appCredentials("cli_x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("appSecret == null");
    assertThatThrownBy(() -> OfferStatusClient.builder().appCredentials(" ", "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appId is blank");
  }

  @Test
  void theSecretAndTheTokenNeverAppearInToString() {
    OfferStatusClient.Builder builder =
        OfferStatusClient.builder().appCredentials("cli_a1b2c3", APP_SECRET);
    assertThat(builder.toString())
        .isEqualTo(
            "OfferStatusClient.Builder{baseUrl=https://open.feishu.cn/, auth=app cli_a1b2c3"
                + " (secret redacted)}");
    assertThat(builder.build().toString()).doesNotContain(APP_SECRET);
    assertThat(OfferStatusClient.builder().tenantAccessToken("t-very-secret").build().toString())
        .doesNotContain("t-very-secret");
    assertThat(new TenantTokenCache.Token("t-very-secret", 1).toString())
        .doesNotContain("t-very-secret");
  }
}
