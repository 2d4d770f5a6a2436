package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.Operation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The write operation ({@code internOfferStatus}): the body checked by the contract's rules (in the
 * language of {@code Accept-Language}), then the command applied to the offer book, which refuses a
 * transition the spec's {@code x-offer-transitions} do not allow.
 */
final class WriteOperation {
  private final ObjectMapper mapper;
  private final Operation write;
  private final OfferStatusRules rules;
  private final OfferBook offers;
  private final SpecReplies replies;

  WriteOperation(
      ObjectMapper mapper,
      Operation write,
      OfferStatusRules rules,
      OfferBook offers,
      SpecReplies replies) {
    this.mapper = mapper;
    this.write = write;
    this.rules = rules;
    this.offers = offers;
    this.replies = replies;
  }

  Reply apply(String offerId, String body, String acceptLanguage, String logId) {
    Locale locale = locale(acceptLanguage);
    List<Violation> problems =
        rules.validateJson(
            write.operationId(),
            Map.of(write.parameters("path").get(0).name(), offerId),
            body,
            locale);
    if (!problems.isEmpty()) {
      return replies.detailed(
          write,
          offers.parameterError(),
          problems.stream().map(SpecReplies::describe).collect(Collectors.joining("; ")),
          logId);
    }
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("the rules passed a body that is not JSON", e);
    }
    String operation = request.path("operation").asText();
    OfferBook.Command command =
        new OfferBook.Command(
            operation,
            date(request.path("onboarding_info").path("actual_onboarding_date")),
            date(request.path("offboarding_info").path("actual_offboarding_date")),
            request.path("offboarding_info").path("notes").asText(null));
    OfferBook.Outcome outcome = offers.apply(offerId, command, locale);
    if (outcome.refusal() != null) {
      OfferBook.Refusal refusal = outcome.refusal();
      return replies.detailed(
          write,
          refusal.code(),
          SpecReplies.describe(
              new Violation(refusal.path(), refusal.value(), refusal.rule(), refusal.message())),
          logId);
    }
    return new Reply(200, success(outcome.offer(), operation));
  }

  private JsonNode success(Offer offer, String operation) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("code", 0);
    answer.put("msg", "success");
    ObjectNode data = answer.putObject("data");
    data.put("offer_id", offer.offerId());
    data.put("operation", operation);
    if (offer.onboardingDate() != null) {
      data.putObject("onboarding_info")
          .put("actual_onboarding_date", offer.onboardingDate().toString());
    }
    if (offer.offboardingDate() != null) {
      ObjectNode offboarding = data.putObject("offboarding_info");
      offboarding.put("actual_offboarding_date", offer.offboardingDate().toString());
      if (offer.notes() != null) {
        offboarding.put("notes", offer.notes());
      }
    }
    return answer;
  }

  private static LocalDate date(JsonNode node) {
    return node.isTextual() ? LocalDate.parse(node.asText()) : null;
  }

  private static Locale locale(String acceptLanguage) {
    return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("zh")
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ENGLISH;
  }
}
