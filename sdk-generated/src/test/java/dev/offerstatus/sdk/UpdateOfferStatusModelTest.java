package dev.offerstatus.sdk;

import static dev.offerstatus.sdk.operations.SpecOperations.UPDATE_OFFER_STATUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.sdk.model.UpdatableOfferStatus;
import dev.offerstatus.sdk.model.UpdateOfferStatusRequest;
import dev.offerstatus.spec.ContractModel;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fifth operation's generated model gets the verdict of its JSON: the two required-when rules
 * fire on a model built without the field (an unset list is null, not []), 51 ids break maxItems
 * once, the page's example passes.
 */
class UpdateOfferStatusModelTest {
  private static final OfferStatusRules RULES = OfferStatusRules.fromClasspath();
  private static final Map<String, String> OFFER =
      UPDATE_OFFER_STATUS.pathValues("6930815272790114324");
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private static List<Violation> model(UpdateOfferStatusRequest request, Locale locale) {
    return RULES.validateModel(UPDATE_OFFER_STATUS.operationId(), OFFER, request, locale);
  }

  private static List<Violation> json(UpdateOfferStatusRequest request, Locale locale)
      throws Exception {
    return RULES.validateJson(
        UPDATE_OFFER_STATUS.operationId(), OFFER, MAPPER.writeValueAsString(request), locale);
  }

  @Test
  void candidateRejectedBuiltWithoutItsReasonsIsRefusedOnTheModel() throws Exception {
    UpdateOfferStatusRequest request =
        new UpdateOfferStatusRequest().offerStatus(UpdatableOfferStatus.CANDIDATE_REJECTED);

    assertThat(request.getTerminationReasonIdList()).isNull();
    assertThat(model(request, Locale.ENGLISH))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "termination_reason_id_list",
                "termination-reason-id-list-required-for-candidate-rejected"));
    assertThat(model(request, Locale.ENGLISH)).isEqualTo(json(request, Locale.ENGLISH));
  }

  @Test
  void offerSentBuiltWithoutItsExpirationDateIsRefusedOnTheModel() throws Exception {
    UpdateOfferStatusRequest request =
        new UpdateOfferStatusRequest().offerStatus(UpdatableOfferStatus.OFFER_SENT);

    assertThat(model(request, Locale.SIMPLIFIED_CHINESE))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "expiration_date",
                "当 offer_status 为 6 时必填（规则 expiration-date-required-for-offer-sent）"));
    assertThat(model(request, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(json(request, Locale.SIMPLIFIED_CHINESE));
    request.setExpirationDate(LocalDate.of(2023, 1, 1));
    assertThat(model(request, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void fiftyOneReasonsBreakMaxItemsOnceOnTheModelAsOnItsJson() throws Exception {
    UpdateOfferStatusRequest request =
        new UpdateOfferStatusRequest()
            .offerStatus(UpdatableOfferStatus.CANDIDATE_REJECTED)
            .terminationReasonIdList(Collections.nCopies(51, "6891560630172518670"));

    List<Violation> found = model(request, Locale.ENGLISH);
    assertThat(found)
        .extracting(Violation::path, Violation::rule, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "termination_reason_id_list", "maxItems", "must have at most 50 item(s), had 51"));
    assertThat(found).isEqualTo(json(request, Locale.ENGLISH));
    assertThat(
            RULES.validateRequest(
                UPDATE_OFFER_STATUS.operationId(),
                OFFER,
                request,
                MAPPER.writeValueAsString(request),
                Locale.ENGLISH))
        .isEqualTo(found);
  }

  @Test
  void thePagesRequestExampleIsAValidModel() throws Exception {
    String example =
        ContractModel.fromClasspath()
            .requireOperation(UPDATE_OFFER_STATUS.operationId())
            .requestBody()
            .orElseThrow()
            .examples()
            .get("doc_request")
            .value()
            .toString();
    UpdateOfferStatusRequest request = MAPPER.readValue(example, UpdateOfferStatusRequest.class);

    assertThat(request.getOfferStatus()).isEqualTo(UpdatableOfferStatus.OFFER_SENT);
    assertThat(model(request, Locale.ENGLISH)).isEmpty();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(request)))
        .isEqualTo(MAPPER.readTree(example));
  }
}
