package dev.offerstatus.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.sdk.api.OfferApi;
import dev.offerstatus.sdk.model.GetOfferResponse;
import dev.offerstatus.sdk.model.ListOffersResponse;
import dev.offerstatus.sdk.model.Offer;
import dev.offerstatus.sdk.model.OfferListInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Request;

/**
 * The read operations ({@code getOffer}, {@code listOffers}): pre-flight checks of the parameters
 * against the spec, the request built by the generated interface, sent like the write call (token,
 * rate budget of the operation, typed errors, log id), the answer mapped to the spec's types.
 */
final class OfferReads {
  /** Sends a prepared request; see {@link RequestExecutor#send}. */
  @FunctionalInterface
  interface Sender {
    Exchanged send(Request prepared, String operationId, String offerId);
  }

  private final OfferApi api;
  private final ObjectMapper mapper;
  private final Sender sender;
  private final ReadPreflight preflight;

  OfferReads(OfferApi api, ObjectMapper mapper, Sender sender, ReadPreflight preflight) {
    this.api = api;
    // A status number the spec lacks must not fail the call: the enum field reads null, the
    // number is kept in OfferStatusCode.
    this.mapper = mapper.copy().enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    this.sender = sender;
    this.preflight = preflight;
  }

  OfferResult getOffer(String offerId) {
    preflight.getOffer(offerId);
    Request prepared = api.getOffer(offerId, null, null, null, null, null).request();
    Exchanged answer = sender.send(prepared, Operations.GET_OFFER, null);
    JsonNode offer = answer.envelope().path("data").path("offer");
    if (!offer.isObject()) {
      throw Envelopes.unexpected(
          answer.answer(), answer.what(), "a success envelope without \"data.offer\"", null);
    }
    Offer typed = read(answer, answer.envelope(), GetOfferResponse.class).getData().getOffer();
    return new OfferResult(typed, status(answer, offer), answer.answer().logId());
  }

  OfferPage listOffersPage(String talentId, Integer pageSize, String pageToken) {
    preflight.listOffers(talentId, pageSize, pageToken);
    Request prepared = api.listOffers(talentId, pageToken, pageSize, null, null).request();
    Exchanged answer = sender.send(prepared, Operations.LIST_OFFERS, null);
    JsonNode data = answer.envelope().path("data");
    if (!data.isObject()) {
      throw Envelopes.unexpected(
          answer.answer(), answer.what(), "a success envelope without \"data\"", null);
    }
    ListOffersResponse typed = read(answer, answer.envelope(), ListOffersResponse.class);
    JsonNode items = data.path("items");
    List<ListedOffer> listed = new ArrayList<>();
    List<OfferListInfo> infos =
        typed.getData().getItems() == null ? List.of() : typed.getData().getItems();
    for (int i = 0; i < infos.size(); i++) {
      listed.add(new ListedOffer(infos.get(i), status(answer, items.get(i))));
    }
    boolean hasMore = Boolean.TRUE.equals(typed.getData().getHasMore());
    String next = typed.getData().getPageToken();
    if (hasMore && (next == null || next.isEmpty())) {
      throw Envelopes.unexpected(
          answer.answer(), answer.what(), "has_more true without a page_token", null);
    }
    return new OfferPage(listed, hasMore, hasMore ? next : null, answer.answer().logId());
  }

  Stream<ListedOffer> listOffers(String talentId, Integer pageSize) {
    preflight.listOffers(talentId, pageSize, null); // fail at the call, not at the first use
    return OfferPager.stream(
        token -> listOffersPage(talentId, pageSize, token),
        null,
        "GET listOffers talent_id=" + talentId);
  }

  private <T> T read(Exchanged answer, JsonNode envelope, Class<T> type) {
    try {
      return mapper.treeToValue(envelope, type);
    } catch (JsonProcessingException e) {
      throw Envelopes.unexpected(
          answer.answer(),
          answer.what(),
          "a success envelope that does not match the spec's response schema",
          e);
    }
  }

  private static OfferStatusCode status(Exchanged answer, JsonNode offer) {
    JsonNode status = offer == null ? null : offer.get("offer_status");
    if (status == null || !status.isIntegralNumber() || !status.canConvertToInt()) {
      throw Envelopes.unexpected(
          answer.answer(),
          answer.what(),
          "an offer without an integer \"offer_status\""
              + (offer != null && offer.has("id")
                  ? " (offer " + offer.get("id").asText() + ")"
                  : ""),
          null);
    }
    return new OfferStatusCode(status.intValue());
  }
}
