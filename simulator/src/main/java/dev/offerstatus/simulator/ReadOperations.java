package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The read operations over the offer book: {@code getOffer} (one offer by id) and {@code
 * listOffers} (a talent's offers, paged by {@code page_size} and an opaque {@code page_token}).
 * Parameters are checked against the spec's parameter schemas first; a bad one, and an unknown
 * offer id, are answered as the pages' only client error, 1002002 Parameter error (HTTP 400).
 */
final class ReadOperations {
  /** An answer: a success body, or the error code and what was wrong. */
  record Answer(JsonNode data, int errorCode, String detail) {
    static Answer ok(JsonNode data) {
      return new Answer(data, 0, null);
    }

    static Answer error(int code, String detail) {
      return new Answer(null, code, detail);
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final OfferBook offers;
  private final QueryCheck query;
  private final ToIntFunction<OfferState> offerStatus;
  private final int parameterError;

  /**
   * @param offerStatus the {@code offer_status} an offer in a state reports (from the spec)
   * @param parameterError the code of a bad parameter (the spec's parameter error)
   */
  ReadOperations(
      OfferBook offers,
      QueryCheck query,
      ToIntFunction<OfferState> offerStatus,
      int parameterError) {
    this.offers = offers;
    this.query = query;
    this.offerStatus = offerStatus;
    this.parameterError = parameterError;
  }

  Answer getOffer(String offerId, Map<String, String> params) {
    Optional<String> bad = query.check("getOffer", params);
    if (bad.isPresent()) {
      return Answer.error(parameterError, bad.get());
    }
    Optional<Offer> offer = offers.get(offerId);
    if (offer.isEmpty()) {
      return Answer.error(
          parameterError,
          "offer_id: no offer with id \""
              + Echo.shortened(offerId)
              + "\" exists (rule offer-exists)");
    }
    ObjectNode data = mapper.createObjectNode();
    data.set("offer", offerJson(offer.get()));
    return Answer.ok(data);
  }

  Answer listOffers(Map<String, String> params) {
    Optional<String> bad = query.check("listOffers", params);
    if (bad.isPresent()) {
      return Answer.error(parameterError, bad.get());
    }
    String talentId = params.get("talent_id");
    int pageSize =
        params.containsKey("page_size")
            ? Integer.parseInt(params.get("page_size"))
            : query.defaultInt("listOffers", "page_size");
    String token = params.get("page_token");
    String after = null;
    if (token != null && !token.isEmpty()) {
      after = PageTokens.decode(token, talentId);
      if (after == null) {
        return Answer.error(
            parameterError,
            "page_token: \""
                + Echo.shortened(token)
                + "\" is not a page token of talent "
                + Echo.shortened(talentId));
      }
    }
    List<Offer> page = offers.ofTalent(talentId, after, pageSize);
    boolean hasMore = page.size() > pageSize;
    List<Offer> items = hasMore ? page.subList(0, pageSize) : page;
    ObjectNode data = mapper.createObjectNode();
    data.put("has_more", hasMore);
    if (hasMore) {
      data.put("page_token", PageTokens.encode(talentId, items.get(items.size() - 1).offerId()));
    }
    ArrayNode list = data.putArray("items");
    for (Offer offer : items) {
      list.add(listInfoJson(offer));
    }
    return Answer.ok(data);
  }

  private ObjectNode offerJson(Offer offer) {
    ObjectNode json = mapper.createObjectNode();
    json.put("id", offer.offerId());
    json.put("application_id", applicationId(offer));
    json.put("offer_status", offerStatus.applyAsInt(offer.state()));
    json.put("offer_type", offer.offerType());
    return json;
  }

  private ObjectNode listInfoJson(Offer offer) {
    ObjectNode json = mapper.createObjectNode();
    json.put("id", offer.offerId());
    json.put("offer_status", offerStatus.applyAsInt(offer.state()));
    json.put("offer_type", offer.offerType());
    json.put("application_id", applicationId(offer));
    return json;
  }

  /** The simulator keeps no applications: a stable stand-in derived from the offer id. */
  private static String applicationId(Offer offer) {
    return "application-of-" + offer.offerId();
  }
}
