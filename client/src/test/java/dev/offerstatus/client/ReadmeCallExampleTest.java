package dev.offerstatus.client;

import static dev.offerstatus.client.MockFeishu.OFFER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.sdk.model.UpdatableOfferStatus;
import dev.offerstatus.sdk.model.UpdateOfferStatusRequest;
import dev.offerstatus.sdk.model.UpdateOfferStatusResponse;
import dev.offerstatus.sdk.operations.SpecOperations;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.testsupport.Readme;
import dev.offerstatus.testsupport.TestSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** The README's generic-call example compiles (it is this file's code) and does what it says. */
class ReadmeCallExampleTest {

  static List<String> call(OfferStatusClient client, String offerId) {
    List<String> lines = new ArrayList<>();
    // README call example start
    OperationResult<UpdateOfferStatusResponse> sent =
        client.updateOfferStatus(
            offerId,
            new UpdateOfferStatusRequest()
                .offerStatus(UpdatableOfferStatus.OFFER_SENT)
                .expirationDate(LocalDate.of(2023, 1, 1))); // the spec's rule: required for 6
    lines.add("sent: " + sent.answer().getMsg() + ", log id " + sent.logId());
    // the same way for any operation of the spec, typed by its generated descriptor and models
    OperationResult<UpdateOfferStatusResponse> approved =
        client.call(
            SpecOperations.UPDATE_OFFER_STATUS,
            SpecOperations.UPDATE_OFFER_STATUS.pathValues(offerId),
            new UpdateOfferStatusRequest().offerStatus(UpdatableOfferStatus.APPROVED));
    lines.add("approved: HTTP " + approved.httpStatus());
    // or by operationId, body and answer as JSON trees (an operation the generated SDK lacks)
    OperationResult<JsonNode> read =
        client.call(client.operation("getOffer"), Map.of("offer_id", offerId), null);
    lines.add("offer_status " + read.answer().path("data").path("offer").path("offer_status"));
    try {
      client.updateOfferStatus(offerId, UpdatableOfferStatus.OFFER_EXPIRED);
    } catch (OtherFeishuErrorException e) { // a kind without special handling: still typed
      lines.add(e.operationId() + " " + e.code() + " " + e.kind().map(ErrorKind::id).orElse("-"));
    }
    // README call example end
    return lines;
  }

  @Test
  void theExampleUpdatesReadsAndReportsATypedError() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      String updated = "{\"code\":0,\"msg\":\"success\",\"data\":{}}";
      server.enqueue(MockFeishu.json(200, updated).setHeader("X-Tt-Logid", "log-6"));
      server.enqueue(MockFeishu.json(200, updated));
      server.enqueue(
          MockFeishu.json(
              200,
              "{\"code\":0,\"msg\":\"success\",\"data\":{\"offer\":{\"id\":\""
                  + OFFER_ID
                  + "\",\"offer_status\":4}}}"));
      server.enqueue(MockFeishu.error(400, 1002072, "cannot expire"));
      server.start();
      OfferStatusClient client =
          MockFeishu.client(server, new FakeTime()).tenantAccessToken("t-1").build();

      assertThat(call(client, OFFER_ID))
          .containsExactly(
              "sent: success, log id log-6",
              "approved: HTTP 200",
              "offer_status 4",
              "updateOfferStatus 1002072 expire-not-allowed");
      assertThat(server.takeRequest().getMethod()).isEqualTo("PATCH");
    }
  }

  @Test
  void theReadmeShowsExactlyThisCode() {
    Readme.ofThisModule()
        .assertShows(
            TestSource.of(ReadmeCallExampleTest.class)
                .between("// README call example start", "// README call example end"));
  }
}
