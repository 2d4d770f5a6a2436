package dev.offerstatus.client;

import dev.offerstatus.rules.ParameterRules;
import dev.offerstatus.rules.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read operations' pre-flight: their parameters checked against the spec's parameter schemas
 * (the offer id one path segment, the talent id present, {@code page_size} within the spec's range)
 * before anything is sent.
 */
final class ReadPreflight {
  private final ParameterRules rules;
  private final Locale locale;

  private ReadPreflight(ParameterRules rules, Locale locale) {
    this.rules = rules;
    this.locale = locale;
  }

  static ReadPreflight fromSpec(Locale locale) {
    return new ReadPreflight(ParameterRules.fromClasspath(), locale);
  }

  void getOffer(String offerId) {
    Map<String, String> values = new HashMap<>();
    values.put("offer_id", offerId);
    check(Operations.GET_OFFER, values);
  }

  void listOffers(String talentId, Integer pageSize, String pageToken) {
    Map<String, String> values = new HashMap<>();
    values.put("talent_id", talentId);
    values.put("page_size", pageSize == null ? null : String.valueOf(pageSize));
    values.put("page_token", pageToken);
    check(Operations.LIST_OFFERS, values);
  }

  private void check(String operationId, Map<String, String> values) {
    List<Violation> found = rules.validate(operationId, values, locale);
    if (!found.isEmpty()) {
      throw new InvalidRequestException(found);
    }
  }
}
