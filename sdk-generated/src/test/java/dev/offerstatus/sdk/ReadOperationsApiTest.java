package dev.offerstatus.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.offerstatus.sdk.model.GetOfferResponse;
import dev.offerstatus.sdk.model.ListOffersResponse;
import dev.offerstatus.sdk.model.LocationType;
import dev.offerstatus.sdk.model.Offer;
import dev.offerstatus.sdk.model.OfferListInfo;
import dev.offerstatus.sdk.model.OfferStatus;
import dev.offerstatus.sdk.model.OfferType;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Response;

/** The generated getOffer and listOffers on the wire, against a real loopback server. */
class ReadOperationsApiTest {

  private final ObjectMapper mapper = new ObjectMapper();
  @RegisterExtension final LoopbackOfferApi wire = new LoopbackOfferApi(mapper);

  private void answer(String body) {
    wire.server()
        .enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));
  }

  private String example(String name) throws IOException {
    return wire.example(name);
  }

  @Test
  void getOfferSendsAGetWithThePathSegmentAndOnlyTheGivenQueryParameters() throws Exception {
    answer(example("GetOfferDocResponse"));
    Response<GetOfferResponse> response =
        wire.api().getOffer("6791698585114741000", "user_id", null, null, null, null).execute();

    RecordedRequest request = wire.server().takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath())
        .isEqualTo("/open-apis/hire/v1/offers/6791698585114741000?user_id_type=user_id");
    assertThat(request.getBodySize()).isZero();
    assertThat(response.code()).isEqualTo(200);
  }

  @Test
  void theDocsGetResponseReadsIntoTypedNestedModels() throws Exception {
    answer(example("GetOfferDocResponse"));
    GetOfferResponse body = wire.api().getOffer("1", null, null, null, null, null).execute().body();

    assertThat(body.getCode()).isZero();
    Offer offer = body.getData().getOffer();
    assertThat(offer.getId()).isEqualTo("1231231231231231");
    assertThat(offer.getOfferStatus()).isEqualTo(OfferStatus.NOT_APPLIED);
    assertThat(offer.getOfferType()).isEqualTo(OfferType.REGULAR);
    assertThat(offer.getJobInfo().getJobName()).isEqualTo("xx");
    assertThat(offer.getBasicInfo().getExpireTime()).isEqualTo(1653383498000L);
    assertThat(offer.getBasicInfo().getWorkAddress().getState().getLocationType())
        .isEqualTo(LocationType.STATE);
    assertThat(offer.getCustomizedModuleList().get(0).getID()).isEqualTo("6930815272790114324");
    assertThat(
            offer
                .getOfferSendRecordList()
                .get(0)
                .getOfferSignatureInfo()
                .getAttachmentList()
                .get(0)
                .getFileName())
        .isEqualTo("offer 文件");
    // nothing of the doc's example is lost on the way through the models
    assertThat(mapper.readTree(mapper.writeValueAsString(body)))
        .isEqualTo(LoopbackOfferApi.exampleValue("GetOfferDocResponse"));
  }

  @Test
  void listOffersSendsTalentIdPageSizeAndTokenAsQueryParameters() throws Exception {
    answer(example("ListOffersDocResponse"));
    ListOffersResponse body =
        wire.api()
            .listOffers("7096320678581242123", "1234452132", 200, null, null)
            .execute()
            .body();

    assertThat(wire.server().takeRequest().getPath())
        .isEqualTo(
            "/open-apis/hire/v1/offers?talent_id=7096320678581242123&page_token=1234452132"
                + "&page_size=200");
    assertThat(body.getData().getHasMore()).isTrue();
    assertThat(body.getData().getPageToken()).isEqualTo("1234452132");
    OfferListInfo item = body.getData().getItems().get(0);
    assertThat(item.getCreateTime()).isEqualTo(1628512038000L);
    assertThat(item.getOfferStatus()).isEqualTo(OfferStatus.NOT_APPLIED);
    assertThat(item.getEmployeeType().getEnName()).isEqualTo("Regular");
  }

  @Test
  void offerStatusKnowsThirteenStatesByNumber() {
    assertThat(OfferStatus.values()).hasSize(13);
    assertThat(OfferStatus.fromValue(11)).isEqualTo(OfferStatus.INTERN_PENDING_ONBOARDING);
    assertThat(OfferStatus.fromValue(12)).isEqualTo(OfferStatus.INTERN_ONBOARDED);
    assertThat(OfferStatus.fromValue(13)).isEqualTo(OfferStatus.INTERN_OFFBOARDED);
  }

  /**
   * What the generated models do with a state Feishu adds later: the whole response fails to read.
   * A client that must keep an unknown number reads offer_status itself (documented here so that a
   * generator change that alters it is noticed).
   */
  @Test
  void anUnknownOfferStatusFailsTheGeneratedModel() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"code\":0,\"msg\":\"ok\",\"data\":{\"offer\":{\"offer_status\":14}}}",
                    GetOfferResponse.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("Unexpected value '14'");
  }
}
