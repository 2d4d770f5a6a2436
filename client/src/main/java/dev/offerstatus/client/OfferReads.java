package dev.offerstatus.client;

import static dev.offerstatus.sdk.operations.SpecOperations.GET_OFFER;
import static dev.offerstatus.sdk.operations.SpecOperations.LIST_OFFERS;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.sdk.model.GetOfferResponse;
import dev.offerstatus.sdk.model.GetOfferResponseData;
import dev.offerstatus.sdk.model.ListOffersResponse;
import dev.offerstatus.sdk.model.ListOffersResponseData;
import dev.offerstatus.sdk.model.Offer;
import dev.offerstatus.sdk.model.OfferListInfo;
import dev.offerstatus.spec.Pagination;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The read operations ({@code getOffer}, {@code listOffers}) over the generic call: the answer
 * mapped to the spec's types, the status kept as the number Feishu sent.
 */
final class OfferReads {
  /** The talent whose offers {@code listOffers} lists. */
  private static final String TALENT_ID = "talent_id";

  private final OperationCalls calls;
  private final Pagination pagination;

  OfferReads(OperationCalls calls) {
    this.calls = calls;
    this.pagination =
        calls
            .operation(LIST_OFFERS.operationId())
            .pagination()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The spec's "
                            + LIST_OFFERS.operationId()
                            + " declares no x-pagination: the client cannot page"));
  }

  OfferResult getOffer(String offerId) {
    OperationCalls.Typed<GetOfferResponse> answer =
        calls.call(GET_OFFER, GET_OFFER.pathValues(offerId), null);
    Exchanged sent = answer.exchanged();
    JsonNode offer =
        sent.envelope()
            .path(GetOfferResponse.JSON_PROPERTY_DATA)
            .path(GetOfferResponseData.JSON_PROPERTY_OFFER);
    if (!offer.isObject()) {
      throw Envelopes.unexpected(
          sent.answer(),
          sent.what(),
          "a success envelope without \""
              + GetOfferResponse.JSON_PROPERTY_DATA
              + "."
              + GetOfferResponseData.JSON_PROPERTY_OFFER
              + "\"",
          null);
    }
    Offer typed = answer.answer().getData().getOffer();
    return new OfferResult(typed, status(sent, offer), sent.answer().logId());
  }

  OfferPage listOffersPage(String talentId, Integer pageSize, String pageToken) {
    OperationCalls.Typed<ListOffersResponse> answer =
        calls.call(LIST_OFFERS, parameters(talentId, pageSize, pageToken), null);
    Exchanged sent = answer.exchanged();
    JsonNode data = sent.envelope().path(ListOffersResponse.JSON_PROPERTY_DATA);
    if (!data.isObject()) {
      throw Envelopes.unexpected(
          sent.answer(),
          sent.what(),
          "a success envelope without \"" + ListOffersResponse.JSON_PROPERTY_DATA + "\"",
          null);
    }
    ListOffersResponse typed = answer.answer();
    JsonNode items = data.path(ListOffersResponseData.JSON_PROPERTY_ITEMS);
    List<ListedOffer> listed = new ArrayList<>();
    List<OfferListInfo> infos =
        typed.getData().getItems() == null ? List.of() : typed.getData().getItems();
    for (int i = 0; i < infos.size(); i++) {
      listed.add(new ListedOffer(infos.get(i), status(sent, items.get(i))));
    }
    boolean hasMore = Boolean.TRUE.equals(typed.getData().getHasMore());
    String next = typed.getData().getPageToken();
    if (hasMore && (next == null || next.isEmpty())) {
      throw Envelopes.unexpected(
          sent.answer(), sent.what(), "has_more true without a page_token", null);
    }
    return new OfferPage(listed, hasMore, hasMore ? next : null, sent.answer().logId());
  }

  Stream<ListedOffer> listOffers(String talentId, Integer pageSize) {
    // fail at the call, not at the first use
    calls.check(LIST_OFFERS, parameters(talentId, pageSize, null), null);
    return OfferPager.stream(
        token -> listOffersPage(talentId, pageSize, token),
        null,
        LIST_OFFERS.method() + " " + LIST_OFFERS.operationId() + " " + TALENT_ID + "=" + talentId);
  }

  private Map<String, Object> parameters(String talentId, Integer pageSize, String pageToken) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(TALENT_ID, talentId);
    parameters.put(pagination.pageSizeParameter(), pageSize);
    parameters.put(pagination.pageTokenParameter(), pageToken);
    return parameters;
  }

  private static OfferStatusCode status(Exchanged answer, JsonNode offer) {
    JsonNode status = offer == null ? null : offer.get(Offer.JSON_PROPERTY_OFFER_STATUS);
    if (status == null || !status.isIntegralNumber() || !status.canConvertToInt()) {
      throw Envelopes.unexpected(
          answer.answer(),
          answer.what(),
          "an offer without an integer \""
              + Offer.JSON_PROPERTY_OFFER_STATUS
              + "\""
              + (offer != null && offer.has(Offer.JSON_PROPERTY_ID)
                  ? " (offer " + offer.get(Offer.JSON_PROPERTY_ID).asText() + ")"
                  : ""),
          null);
    }
    return new OfferStatusCode(status.intValue());
  }
}
