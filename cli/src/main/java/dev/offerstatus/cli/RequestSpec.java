package dev.offerstatus.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offerstatus.sdk.model.InternOfferOffboardingInfo;
import dev.offerstatus.sdk.model.InternOfferOnboardingInfo;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.Operation;
import java.time.LocalDate;

/**
 * One request as the user gave it (plain text, unchecked): the offer id, the operation and the
 * optional dates and notes; absent values are null.
 */
record RequestSpec(
    String offerId, String operation, String onboardingDate, String offboardingDate, String notes) {

  /** The JSON request body the rules check, with exactly the values given. */
  String json() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (operation != null) {
      body.put("operation", operation);
    }
    if (onboardingDate != null) {
      body.putObject("onboarding_info").put("actual_onboarding_date", onboardingDate);
    }
    if (offboardingDate != null || notes != null) {
      ObjectNode info = body.putObject("offboarding_info");
      if (offboardingDate != null) {
        info.put("actual_offboarding_date", offboardingDate);
      }
      if (notes != null) {
        info.put("notes", notes);
      }
    }
    return Console.toJson(body);
  }

  /** The generated model of this request; only for a request the rules found valid. */
  InternOfferStatusRequest model() {
    InternOfferStatusRequest request =
        new InternOfferStatusRequest().operation(Operation.fromValue(operation));
    if (onboardingDate != null) {
      request.onboardingInfo(
          new InternOfferOnboardingInfo().actualOnboardingDate(LocalDate.parse(onboardingDate)));
    }
    if (offboardingDate != null || notes != null) {
      request.offboardingInfo(
          new InternOfferOffboardingInfo()
              .actualOffboardingDate(
                  offboardingDate == null ? null : LocalDate.parse(offboardingDate))
              .notes(notes));
    }
    return request;
  }
}
