package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DateAfterRule;
import dev.offerstatus.spec.JsonScalars;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.StateMachine;
import dev.offerstatus.spec.StateMachine.Transition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies a write operation's {@code x-offer-transitions} to the offer book, with no code per
 * operation: the request's selector picks the transition; an unknown offer, and an offer in a state
 * the transition does not start from, get the codes the spec declares; otherwise the offer moves to
 * the transition's state and keeps the request fields it names. A {@code date-after} rule of the
 * request whose earlier date the request does not carry is checked against the date the offer keeps
 * (an offboarding date against the stored onboarding date).
 */
final class Transitions {
  /** The most characters of JSON an offer keeps: far above any request of the spec's writes. */
  static final int MAX_KEPT_CHARS = 16 * 1024;

  /** The outcome of a write: the offer after it, or the refusal's code and what was wrong. */
  record Outcome(Offer offer, int code, Violation refusal) {}

  private final ContractModel model;
  private final OfferBook offers;

  Transitions(ContractModel model, OfferBook offers) {
    this.model = model;
    this.offers = offers;
  }

  /**
   * Applies the request (already valid by the rules) of {@code op} to the offer its path names,
   * atomically per offer.
   */
  Outcome apply(Operation op, Map<String, String> params, JsonNode request, Locale locale) {
    StateMachine machine = op.stateMachine().orElseThrow();
    String offerId = params.get(machine.offerParameter());
    JsonNode selected = request == null ? null : request.get(machine.selector());
    Object value = JsonScalars.of(selected);
    Transition transition = machine.transition(value).orElse(null);
    if (transition == null) {
      return new Outcome(
          null,
          parameterCode(op),
          new Violation(
              machine.selector(),
              value,
              "offer-transition",
              zh(locale)
                  ? "x-offer-transitions 中没有 "
                      + machine.selector()
                      + " 为 "
                      + text(selected)
                      + " 的状态流转"
                  : "the spec's x-offer-transitions have no transition for "
                      + machine.selector()
                      + " "
                      + text(selected)));
    }
    Outcome[] outcome = new Outcome[1];
    offers.update(
        offerId,
        offer -> {
          outcome[0] = move(op, machine, transition, offer, request, selected, locale);
          return outcome[0].offer();
        });
    if (outcome[0] == null) {
      return new Outcome(
          null,
          machine.unknownOfferCode(),
          new Violation(
              machine.offerParameter(),
              offerId,
              "offer-exists",
              zh(locale)
                  ? "不存在 ID 为 \"" + offerId + "\" 的 Offer"
                  : "no offer with id \"" + offerId + "\" exists"));
    }
    return outcome[0];
  }

  private Outcome move(
      Operation op,
      StateMachine machine,
      Transition transition,
      Offer offer,
      JsonNode request,
      JsonNode selected,
      Locale locale) {
    int state = offer.state().number();
    if (!transition.allows(state)) {
      String needed =
          transition.from().stream()
              .map(n -> OfferState.of(n).toString())
              .collect(Collectors.joining(zh(locale) ? "、" : ", "));
      return new Outcome(
          null,
          transition.refusalCode(state),
          new Violation(
              machine.selector(),
              JsonScalars.of(selected),
              "offer-state",
              zh(locale)
                  ? "Offer "
                      + offer.offerId()
                      + " 的状态为 "
                      + offer.state()
                      + "，"
                      + machine.selector()
                      + " "
                      + text(selected)
                      + " 需要 "
                      + needed
                  : "offer "
                      + offer.offerId()
                      + " is "
                      + offer.state()
                      + "; "
                      + machine.selector()
                      + " "
                      + text(selected)
                      + " needs "
                      + (transition.from().size() == 1 ? "" : "one of ")
                      + needed));
    }
    Violation early = earlierThanKept(op, offer, request, locale);
    if (early != null) {
      return new Outcome(null, parameterCode(op), early);
    }
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    for (String field : transition.keeps()) {
      if (request.hasNonNull(field)) {
        kept.set(field, request.get(field));
      }
    }
    Offer moved = offer.moved(OfferState.of(transition.to()), kept);
    if (moved.fields().toString().length() > MAX_KEPT_CHARS) {
      return new Outcome(
          null,
          parameterCode(op),
          new Violation(
              "",
              null,
              "simulator-limit",
              "the simulator keeps at most "
                  + MAX_KEPT_CHARS
                  + " characters of JSON per offer, and this request would make it more"));
    }
    return new Outcome(moved, 0, null);
  }

  /**
   * The first {@code date-after} rule of the request's schema whose later date the request carries
   * while the earlier one only the offer keeps, broken by the two; null when none is.
   */
  private Violation earlierThanKept(Operation op, Offer offer, JsonNode request, Locale locale) {
    List<DateAfterRule> rules =
        op.requestBody().map(Body::schema).map(model::resolve).stream()
            .flatMap(schema -> schema.rules().stream())
            .filter(DateAfterRule.class::isInstance)
            .map(DateAfterRule.class::cast)
            .toList();
    for (DateAfterRule rule : rules) {
      JsonNode later = DottedPaths.at(request, rule.field());
      JsonNode earlier = DottedPaths.at(offer.fields(), rule.after());
      if (!later.isTextual()
          || !DottedPaths.at(request, rule.after()).isMissingNode()
          || !earlier.isTextual()) {
        continue;
      }
      LocalDate laterDate;
      LocalDate earlierDate;
      try {
        laterDate = LocalDate.parse(later.asText());
        earlierDate = LocalDate.parse(earlier.asText());
      } catch (DateTimeParseException e) {
        continue; // the rules report a malformed date; a malformed kept one is not compared
      }
      boolean broken =
          rule.strict() ? !laterDate.isAfter(earlierDate) : laterDate.isBefore(earlierDate);
      if (broken) {
        return new Violation(
            rule.field(),
            later.asText(),
            rule.id(),
            zh(locale)
                ? (rule.strict() ? "需晚于" : "不得早于")
                    + "该 Offer 的 "
                    + rule.after()
                    + " "
                    + earlierDate
                    + "，实际为 \""
                    + laterDate
                    + "\""
                : (rule.strict() ? "must be later than" : "must not be earlier than")
                    + " the offer's "
                    + rule.after()
                    + " "
                    + earlierDate
                    + ", was \""
                    + laterDate
                    + "\"");
      }
    }
    return null;
  }

  private int parameterCode(Operation op) {
    return model.requireErrorCode(op, dev.offerstatus.spec.ErrorKind.PARAMETER).code();
  }

  private static String text(JsonNode node) {
    return node == null ? "null" : node.isTextual() ? node.asText() : node.toString();
  }

  static boolean zh(Locale locale) {
    return locale.getLanguage().equals("zh");
  }
}
