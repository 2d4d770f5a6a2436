package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.APP_ID;
import static dev.offerstatus.client.MockFeishu.APP_SECRET;
import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.testsupport.Readme;
import dev.offerstatus.testsupport.TestSource;
import java.time.Duration;
import java.time.LocalDate;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** The README's client example compiles (it is this file's code) and does what it says. */
class ReadmeExampleTest {

  static String confirm(String appId, String appSecret, String baseUrl, String offerId) {
    // README example start
    OfferStatusClient client =
        OfferStatusClient.builder()
            .appCredentials(appId, appSecret) // or .tokenProvider(...) / .tenantAccessToken(...)
            .baseUrl(baseUrl) // default https://open.feishu.cn/
            .readTimeout(Duration.ofSeconds(10))
            .build(); // thread-safe: build one per app and share it
    try {
      OfferStatusResult result = client.confirmOnboarding(offerId, LocalDate.of(2022, 1, 1));
      return "confirmed " + result.data().getOfferId() + ", log id " + result.logId();
    } catch (InvalidRequestException e) { // nothing was sent
      return "fix the request: " + e.violations();
    } catch (PendingOnboardingStateException e) { // 1002067: the offer is not pending onboarding
      return "offer state: " + e.code() + " " + e.msg() + ", log id " + e.logId().orElse("-");
    } catch (OutcomeUnknownException e) { // sent, no answer: read the offer before retrying
      return "unknown outcome: " + e.getMessage();
    } catch (OfferStatusException e) { // every other failure, typed
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    // README example end
  }

  @Test
  void theExampleReportsATypedStateError() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(MockFeishu.token("t-1", 7200));
      server.enqueue(MockFeishu.error(500, 1002067, "实习待入职状态错误"));
      server.start();

      assertThat(confirm(APP_ID, APP_SECRET, server.url("/").toString(), OFFER_ID))
          .isEqualTo("offer state: 1002067 实习待入职状态错误, log id log-1002067");
    }
  }

  @Test
  void theExampleConfirms() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(MockFeishu.token("t-1", 7200));
      server.enqueue(MockFeishu.confirmed());
      server.start();

      assertThat(confirm(APP_ID, APP_SECRET, server.url("/").toString(), OFFER_ID))
          .isEqualTo("confirmed " + OFFER_ID + ", log id 20221123ok");
    }
  }

  @Test
  void theReadmeShowsExactlyThisCode() {
    Readme.ofThisModule()
        .assertShows(
            TestSource.of(ReadmeExampleTest.class)
                .between("// README example start", "// README example end"));
  }
}
