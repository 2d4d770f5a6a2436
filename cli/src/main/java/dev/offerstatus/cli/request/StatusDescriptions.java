package dev.offerstatus.cli.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.spec.ContractModel;
import java.util.Locale;

/**
 * The spec's words for an {@code offer_status}: the {@code OfferStatus} schema's {@code
 * x-enum-descriptions}, written "中文 / English"; the half of the CLI's language.
 */
public final class StatusDescriptions {
  private static final JsonNode DESCRIPTIONS = descriptions();

  private StatusDescriptions() {}

  private static JsonNode descriptions() {
    ContractModel model = ContractModel.fromClasspath();
    return model
        .schema("OfferStatus")
        .map(s -> model.document().at(s.pointer().substring(1) + "/x-enum-descriptions"))
        .orElseGet(com.fasterxml.jackson.databind.node.MissingNode::getInstance);
  }

  /** {@code 实习已入职（仅实习 Offer 具有）} or {@code intern, onboarded (intern offers only)}. */
  static String describe(int status, Locale locale) {
    JsonNode text = DESCRIPTIONS.get(String.valueOf(status));
    if (text == null || !text.isTextual()) {
      return "zh".equals(locale.getLanguage()) ? "规范中没有此状态" : "not in the spec";
    }
    String both = text.textValue();
    int slash = both.indexOf(" / ");
    if (slash < 0) {
      return both;
    }
    return "zh".equals(locale.getLanguage())
        ? both.substring(0, slash).strip()
        : both.substring(slash + 3).strip();
  }
}
