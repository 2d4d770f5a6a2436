package dev.offerstatus.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standard Pact provider-state change endpoint: {@code POST {"state": ..., "params": {...},
 * "action": "setup" | "teardown"}}. The parameters, not the state's wording, say what to set up:
 *
 * <ul>
 *   <li>{@code offer_id} + {@code state} (+ {@code onboarding_date}, {@code offboarding_date},
 *       {@code notes}, {@code talent_id}, {@code offer_type}): stores that offer; {@code offer_id}
 *       alone: removes it; {@code offer_ids} (a comma-separated list) + {@code state}: stores each
 *       (a talent with several offers, for paging);
 *   <li>{@code token} (+ {@code app_id}, {@code token_expired}): makes that tenant access token
 *       valid (or expired) for the app;
 *   <li>{@code rate_limit_exhausted: true} (+ {@code app_id}): every request of the app gets 429
 *       until teardown, or until a {@code token} state for the app without the flag.
 * </ul>
 *
 * Teardown removes the offer named by {@code offer_id} and ends a throttle; tokens stay.
 */
final class ProviderStates {
  private final ObjectMapper mapper = new ObjectMapper();
  private final OfferBook offers;
  private final TokenStore tokens;
  private final RateLimiter limiter;
  private final Set<String> appIds;
  private final String defaultAppId;
  private final InstantSource clock;

  ProviderStates(
      OfferBook offers,
      TokenStore tokens,
      RateLimiter limiter,
      Set<String> appIds,
      InstantSource clock) {
    this.offers = offers;
    this.tokens = tokens;
    this.limiter = limiter;
    this.appIds = Set.copyOf(appIds);
    this.defaultAppId = appIds.iterator().next();
    this.clock = clock;
  }

  Reply change(String body) {
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
          limiter.throttle(text(params, "app_id").orElse(defaultAppId), false);
        }
      } else if (action.equals("setup")) {
        setUp(params);
      } else {
        return badRequest(
            "action: unknown action \"" + action + "\"; expected \"setup\" or \"teardown\"");
      }
    } catch (IllegalArgumentException e) {
      return badRequest("state \"" + request.path("state").asText() + "\": " + e.getMessage());
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
    for (String offerId : offerIds) {
      Optional<String> state = text(params, "state");
      if (state.isEmpty()) {
        offers.remove(offerId);
      } else {
        offers.put(
            new Offer(
                offerId,
                OfferState.parse(state.get()),
                date(params, "onboarding_date"),
                date(params, "offboarding_date"),
                text(params, "notes").orElse(null),
                text(params, "talent_id").orElse(Offer.DEFAULT_TALENT_ID),
                SeedFile.offerType(params.get("offer_type"))));
      }
    }
    Optional<String> token = text(params, "token");
    if (token.isPresent()) {
      boolean expired = params.path("token_expired").asBoolean(false);
      tokens.register(
          token.get(),
          appId,
          expired ? clock.instant().minusSeconds(1) : clock.instant().plus(tokens.ttl()));
    }
    boolean exhausted = params.path("rate_limit_exhausted").asBoolean(false);
    if (exhausted || token.isPresent()) {
      // A token state without the flag ends an earlier throttle: verifiers that skip teardown
      // still get a clean app on the next interaction.
      limiter.throttle(appId, exhausted);
    }
  }

  /** {@code offer_id}, and each id of the comma-separated {@code offer_ids}. */
  private static List<String> offerIds(JsonNode params) {
    List<String> ids = new ArrayList<>();
    text(params, "offer_id").ifPresent(ids::add);
    text(params, "offer_ids")
        .ifPresent(
            list -> {
              for (String id : list.split(",")) {
                if (!id.isBlank()) {
                  ids.add(id.strip());
                }
              }
            });
    return ids;
  }

  private static Optional<String> text(JsonNode params, String name) {
    JsonNode node = params.get(name);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  /** A YYYY-MM-DD parameter, or null when absent; a bad value names the parameter and value. */
  private static LocalDate date(JsonNode params, String name) {
    Optional<String> value = text(params, name);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value.get());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " \"" + value.get() + "\" is not a YYYY-MM-DD date", e);
    }
  }

  private Reply badRequest(String message) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("error", message);
    return new Reply(400, answer);
  }
}
