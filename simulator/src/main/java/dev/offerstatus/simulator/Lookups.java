package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.OfferLookup;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Pagination;
import dev.offerstatus.spec.Parameter;
import dev.offerstatus.spec.Schema;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Serves the read operations from their {@code x-offer-lookup}, with no code per operation: the
 * offer whose field equals the lookup's parameter, placed at the lookup's {@code answer}, or a page
 * of such offers (in offer id order) placed as the operation's {@code x-pagination} says, with an
 * opaque page token ({@link PageTokens}).
 */
final class Lookups {
  /** A read's outcome: the success body's content, or the refusal's code and what was wrong. */
  record Outcome(ObjectNode content, int code, Violation refusal) {}

  private final ContractModel model;
  private final OfferBook offers;
  private final Answers answers;

  Lookups(ContractModel model, OfferBook offers, Answers answers) {
    this.model = model;
    this.offers = offers;
    this.answers = answers;
  }

  /** Serves {@code op} (already valid by the rules), which has {@code lookup}. */
  Outcome serve(Operation op, OfferLookup lookup, Map<String, String> params) {
    String value = params.get(lookup.parameter());
    Predicate<Offer> matches = offer -> value != null && value.equals(field(offer, lookup.field()));
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    if (lookup.single()) {
      String answer = lookup.answer().orElseThrow();
      Optional<Offer> found =
          value == null
              ? Optional.empty()
              : offers
                  .get(value)
                  .filter(matches)
                  .or(() -> offers.page(matches, null, 0).stream().findFirst());
      if (found.isEmpty()) {
        return new Outcome(
            null,
            lookup.unknownOffer().orElseThrow(),
            new Violation(
                lookup.parameter(),
                value,
                "offer-exists",
                value == null
                    ? "not sent, so no offer is found"
                    : "no offer with "
                        + lookup.field()
                        + " \""
                        + Echo.shortened(value)
                        + "\" exists"));
      }
      DottedPaths.put(content, answer, answers.show(found.get(), answers.schemaAt(op, answer)));
      return new Outcome(content, 0, null);
    }
    Pagination pagination = op.pagination().orElseThrow();
    int pageSize = pageSize(op, pagination, params);
    String token = params.get(pagination.pageTokenParameter());
    String after = null;
    if (token != null && !token.isEmpty()) {
      after = PageTokens.decode(token, value);
      if (after == null) {
        return new Outcome(
            null,
            parameterCode(op),
            new Violation(
                pagination.pageTokenParameter(),
                token,
                "page-token",
                "\""
                    + Echo.shortened(token)
                    + "\" is not a page token of "
                    + lookup.parameter()
                    + " "
                    + Echo.shortened(String.valueOf(value))));
      }
    }
    List<Offer> page = offers.page(matches, after, pageSize);
    boolean hasMore = page.size() > pageSize;
    List<Offer> shown = hasMore ? page.subList(0, pageSize) : page;
    DottedPaths.put(content, pagination.hasMore(), BooleanNode.valueOf(hasMore));
    if (hasMore) {
      DottedPaths.put(
          content,
          pagination.nextPageToken(),
          TextNode.valueOf(PageTokens.encode(value, shown.get(shown.size() - 1).offerId())));
    }
    Schema item = answers.schemaAt(op, pagination.items());
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    shown.forEach(offer -> items.add(answers.show(offer, item)));
    DottedPaths.put(content, pagination.items(), items);
    return new Outcome(content, 0, null);
  }

  /** The offer's field of that name as text, its id for a field the lookups give the id under. */
  private String field(Offer offer, String name) {
    return answers.isIdField(name) ? offer.offerId() : offer.fieldText(name);
  }

  /**
   * The page size asked for, else the parameter's {@code default}, else its {@code maximum}, else
   * every offer on one page.
   */
  private int pageSize(Operation op, Pagination pagination, Map<String, String> params) {
    String asked = params.get(pagination.pageSizeParameter());
    if (asked != null) {
      BigInteger size = new BigInteger(asked); // the rules let only digits through
      return size.max(BigInteger.ONE).min(BigInteger.valueOf(Integer.MAX_VALUE - 1)).intValue();
    }
    Schema schema =
        op.parameter(pagination.pageSizeParameter())
            .map(Parameter::schema)
            .map(model::resolve)
            .orElse(null);
    if (schema != null && schema.defaultValue() instanceof Number n) {
      return n.intValue();
    }
    if (schema != null && schema.maximum() != null) {
      return schema.maximum().intValue();
    }
    return Integer.MAX_VALUE - 1;
  }

  private int parameterCode(Operation op) {
    return model.requireErrorCode(op, dev.offerstatus.spec.ErrorKind.PARAMETER).code();
  }
}
