package dev.offerstatus.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OfferLookupTest {
  private static final ContractModel MODEL = ContractModel.fromClasspath();
  private static final String THING = "#/paths/~1things~1{id}/get/x-offer-lookup";

  /** One read operation with the lookup given (and x-pagination when asked for). */
  private static ContractModel spec(String lookup, boolean paged) {
    return ContractModel.parse(
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: owner, in: query, schema: {type: string}}
                - {name: X-Trace, in: header, schema: {type: string}}
              responses:
                '200': {description: ok}
              x-error-codes:
                - {code: 404001, http-status: 404, kind: parameter, description: d, advice: a}
        """
            + (paged
                ? "      x-pagination: {page-token-parameter: owner, page-size-parameter: owner,"
                    + " has-more: data.has_more, next-page-token: data.page_token,"
                    + " items: data.items}\n"
                : "")
            + "      x-offer-lookup:\n"
            + lookup.indent(8));
  }

  private static Optional<OfferLookup> lookup(ContractModel model) {
    return OfferLookup.of(model, model.requireOperation("getThing"));
  }

  @Test
  void theReadsDeclareHowTheyFindTheirOffers() {
    assertThat(OfferLookup.of(MODEL, MODEL.requireOperation("getOffer")))
        .contains(
            new OfferLookup(
                "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}/get/x-offer-lookup",
                "offer_id",
                "id",
                Optional.of("data.offer"),
                OptionalInt.of(1002002),
                MODEL.line(
                    "#/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}/get/x-offer-lookup")));
    assertThat(OfferLookup.of(MODEL, MODEL.requireOperation("listOffers")))
        .contains(
            new OfferLookup(
                "#/paths/~1open-apis~1hire~1v1~1offers/get/x-offer-lookup",
                "talent_id",
                "talent_id",
                Optional.empty(),
                OptionalInt.empty(),
                MODEL.line("#/paths/~1open-apis~1hire~1v1~1offers/get/x-offer-lookup")));
    assertThat(OfferLookup.of(MODEL, MODEL.requireOperation("listOffers")).orElseThrow().line())
        .isPositive();
    assertThat(OfferLookup.of(MODEL, MODEL.requireOperation("tenantAccessTokenInternal")))
        .isEmpty();
  }

  @Test
  void aOneOfferLookupNeedsAnAnswerPathAndADeclaredUnknownOfferCode() {
    assertThat(
            lookup(
                spec(
                    "{parameter: id, field: id, answer: data.thing, unknown-offer: 404001}",
                    false)))
        .map(OfferLookup::single)
        .contains(true);
    assertThatThrownBy(() -> lookup(spec("{parameter: id, field: id, answer: data.thing}", false)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            THING
                + ": an operation without x-pagination finds one offer: it needs answer (where the"
                + " offer goes) and unknown-offer (the code when there is none).");
    assertThatThrownBy(
            () ->
                lookup(
                    spec(
                        "{parameter: id, field: id, answer: data.thing, unknown-offer: 1}", false)))
        .hasMessage(
            THING
                + "/unknown-offer: the code 1 is declared neither in the operation's x-error-codes"
                + " nor in x-platform-error-codes.");
  }

  @Test
  void aPagedLookupTakesItsPlaceFromXPagination() {
    assertThat(lookup(spec("{parameter: owner, field: owner_id}", true)))
        .map(OfferLookup::single)
        .contains(false);
    assertThatThrownBy(
            () -> lookup(spec("{parameter: owner, field: owner_id, answer: data.items}", true)))
        .hasMessage(
            THING
                + ": a paged operation (x-pagination) lists its offers at x-pagination's items and"
                + " answers no match with an empty list: answer and unknown-offer do not apply.");
  }

  @Test
  void theParameterIsAPathOrQueryParameterOfTheOperationAndKeysAreKnown() {
    assertThatThrownBy(() -> lookup(spec("{parameter: X-Trace, field: id}", true)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            THING
                + "/parameter: GET /things/{id} has no path or query parameter X-Trace (it has:"
                + " id, owner, X-Trace).");
    assertThatThrownBy(() -> lookup(spec("{parameter: owner, field: id, unknown: 1}", true)))
        .hasMessage(
            THING
                + "/unknown: unknown key; x-offer-lookup has answer, field, parameter, unknown-offer.");
    assertThatThrownBy(() -> lookup(spec("[owner]", true)))
        .hasMessage(THING + ": must be a map (parameter, field, ...), found a list.");
  }
}
