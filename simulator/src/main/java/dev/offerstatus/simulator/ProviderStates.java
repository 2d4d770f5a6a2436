package dev.offerstatus.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standard Pact provider-state change endpoint: {@code POST {"state": ..., "params": {...},
 * "action": "setup" | "teardown"}}. The parameters, not the state's wording, say what to set up:
 *
 * <ul>
 *   <li>{@code offer_id} + {@code state} (an {@code offer_status} number or name, + {@code fields},
 *       a JSON object of the offer's fields, and the 0.1 keys {@code onboarding_date}, {@code
 *       offboarding_date}, {@code notes}, {@code talent_id}, {@code offer_type}): stores that
 *       offer; {@code offer_id} alone: removes it; {@code offer_ids} (a comma-separated list) +
 *       {@code state}: stores each (a talent with several offers, for paging);
 *   <li>{@code token} (+ {@code app_id}, {@code token_expired}): makes that tenant access token
 *       valid (or expired) for the app;
 *   <li>{@code rate_limit_exhausted: true} (+ {@code app_id}): every request of the app gets 429
 *       until teardown, or until a {@code token} state for the app without the flag;
 *   <li>{@code error_code} + {@code operation_id}: the operation's next request (past authorization
 *       and limits) answers that declared code; teardown forgets it.
 * </ul>
 *
 * Teardown removes the offer named by {@code offer_id} and ends a throttle; tokens stay.
 *
 * <p>Bounded, since anyone who can reach the endpoint can post to it: at most {@value
 * #MAX_OFFERS_PER_STATE} offers per state, each text parameter at most {@value #MAX_VALUE_CHARS}
 * characters, and no setup that would take the book past its {@code maxOffers}. A refused state
 * stores nothing.
 */
final class ProviderStates {
  /** The most offers one state may set up (a talent's offers for paging needs a handful). */
  static final int MAX_OFFERS_PER_STATE = 1000;

  /** The longest text parameter (an offer id, a talent id, notes, a token ...). */
  static final int MAX_VALUE_CHARS = 1000;

  private final ObjectMapper mapper = new ObjectMapper();
  private final OfferBook offers;
  private final TokenStore tokens;
  private final RateWindows rateWindows;
  private final OperationEndpoint operations;
  private final Set<String> appIds;
  private final String defaultAppId;
  private final InstantSource clock;
  private final int maxOffers;

  ProviderStates(
      OfferBook offers,
      TokenStore tokens,
      RateWindows rateWindows,
      OperationEndpoint operations,
      Set<String> appIds,
      InstantSource clock,
      int maxOffers) {
    this.offers = offers;
    this.tokens = tokens;
    this.rateWindows = rateWindows;
    this.operations = operations;
    this.appIds = Set.copyOf(appIds);
    this.defaultAppId = appIds.iterator().next();
    this.clock = clock;
    this.maxOffers = maxOffers;
  }

  synchronized Reply change(String body) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      return badRequest("the state change body is not JSON: " + e.getOriginalMessage());
    }
    if (request == null || !request.isObject()) {
      return badRequest("the state change body must be a JSON object");
    }
    String action = request.path("action").asText("setup");
    JsonNode params = request.path("params");
    try {
      if (action.equals("teardown")) {
        offerIds(params).forEach(offers::remove);
        if (params.path("rate_limit_exhausted").asBoolean(false)) {
          rateWindows.throttle(text(params, "app_id").orElse(defaultAppId), false);
        }
        if (params.has("error_code")) {
          operations.clearNext();
        }
      } else if (action.equals("setup")) {
        setUp(params);
      } else {
        return badRequest(
            "action: unknown action \""
                + Echo.shortened(action)
                + "\"; expected \"setup\" or \"teardown\"");
      }
    } catch (IllegalArgumentException e) {
      return badRequest(
          "state \"" + Echo.shortened(request.path("state").asText()) + "\": " + e.getMessage());
    }
    return new Reply(200, mapper.createObjectNode());
  }

  private void setUp(JsonNode params) {
    String appId = text(params, "app_id").orElse(defaultAppId);
    if (!appIds.contains(appId)) {
      throw new IllegalArgumentException(
          "unknown app_id \""
              + appId
              + "\"; the simulator knows "
              + appIds.stream().sorted().toList());
    }
    List<String> offerIds = offerIds(params);
    Optional<String> state = text(params, "state");
    if (state.isEmpty()) {
      offerIds.forEach(offers::remove);
    } else {
      // every offer built (and so checked) before the first is stored: all or nothing
      text(params, "talent_id"); // checks their length
      text(params, "notes");
      ObjectNode fields = OfferFields.read(params);
      if (fields.toString().length() > Transitions.MAX_KEPT_CHARS) {
        throw new IllegalArgumentException(
            "fields: at most "
                + Transitions.MAX_KEPT_CHARS
                + " characters of JSON per offer, got "
                + fields.toString().length());
      }
      OfferState parsed = OfferState.parse(state.get());
      List<Offer> built = new ArrayList<>();
      for (String offerId : offerIds) {
        built.add(new Offer(offerId, parsed, fields));
      }
      long added = offerIds.stream().distinct().filter(id -> offers.get(id).isEmpty()).count();
      if (offers.size() + added > maxOffers) {
        throw new IllegalArgumentException(
            "the simulator holds at most "
                + maxOffers
                + " offers (maxOffers) and has "
                + offers.size()
                + "; this state adds "
                + added
                + ": tear earlier states down first");
      }
      built.forEach(offers::put);
    }
    Optional<String> token = text(params, "token");
    if (token.isPresent()) {
      boolean expired = params.path("token_expired").asBoolean(false);
      tokens.register(
          token.get(),
          appId,
          expired ? clock.instant().minusSeconds(1) : clock.instant().plus(tokens.ttl()));
    }
    if (params.has("error_code")) {
      String code = params.get("error_code").asText();
      if (!code.matches("[0-9]{1,9}")) {
        throw new IllegalArgumentException(
            "error_code \"" + Echo.shortened(code) + "\" is not a whole number");
      }
      operations.answerNext(
          text(params, "operation_id")
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "error_code needs operation_id, the operation that answers it")),
          Integer.parseInt(code));
    }
    boolean exhausted = params.path("rate_limit_exhausted").asBoolean(false);
    if (exhausted || token.isPresent()) {
      // A token state without the flag ends an earlier throttle: verifiers that skip teardown
      // still get a clean app on the next interaction.
      rateWindows.throttle(appId, exhausted);
    }
  }

  /** {@code offer_id}, and each id of the comma-separated {@code offer_ids}. */
  private static List<String> offerIds(JsonNode params) {
    Optional<String> all = text(params, "offer_ids", MAX_OFFERS_PER_STATE * (MAX_VALUE_CHARS + 1));
    List<String> ids = new ArrayList<>();
    text(params, "offer_id").ifPresent(ids::add);
    all.ifPresent(
        list -> {
          for (String id : list.split(",")) {
            if (!id.isBlank()) {
              ids.add(checkLength("offer_ids", id.strip(), MAX_VALUE_CHARS));
            }
          }
        });
    if (ids.size() > MAX_OFFERS_PER_STATE) {
      throw new IllegalArgumentException(
          "offer_ids: at most " + MAX_OFFERS_PER_STATE + " offers in one state, got " + ids.size());
    }
    return ids;
  }

  /** A text parameter of at most {@value #MAX_VALUE_CHARS} characters, when present. */
  private static Optional<String> text(JsonNode params, String name) {
    return text(params, name, MAX_VALUE_CHARS);
  }

  private static Optional<String> text(JsonNode params, String name, int maxChars) {
    JsonNode node = params.get(name);
    return node == null || node.isNull()
        ? Optional.empty()
        : Optional.of(checkLength(name, node.asText(), maxChars));
  }

  private static String checkLength(String name, String value, int maxChars) {
    if (value.length() > maxChars) {
      throw new IllegalArgumentException(
          name + ": at most " + maxChars + " characters, got " + value.length());
    }
    return value;
  }

  private Reply badRequest(String message) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("error", message);
    return new Reply(400, answer);
  }
}
