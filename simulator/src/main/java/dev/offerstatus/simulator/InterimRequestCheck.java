package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Interim checks until the validation-rules module lands: JSON, operation, required dates. */
final class InterimRequestCheck implements RequestCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public List<Problem> check(String offerId, String jsonBody, Locale locale) {
    List<Problem> problems = new ArrayList<>();
    JsonNode body;
    try {
      body = MAPPER.readTree(jsonBody);
    } catch (Exception e) {
      return List.of(new Problem("", null, "json", "is not valid JSON"));
    }
    if (body == null || !body.isObject()) {
      return List.of(new Problem("", null, "type", "must be a JSON object"));
    }
    String operation = body.path("operation").asText(null);
    if (operation == null) {
      problems.add(new Problem("operation", null, "required", "is required"));
    } else if (!Set.of("confirm_onboarding", "cancel_onboarding", "offboard").contains(operation)) {
      problems.add(new Problem("operation", operation, "enum", "is not a known operation"));
    }
    date(
        body,
        "onboarding_info",
        "actual_onboarding_date",
        "confirm_onboarding",
        operation,
        problems);
    date(body, "offboarding_info", "actual_offboarding_date", "offboard", operation, problems);
    return problems;
  }

  private static void date(
      JsonNode body, String info, String field, String when, String operation, List<Problem> out) {
    JsonNode node = body.path(info).path(field);
    if (node.isMissingNode()) {
      if (when.equals(operation)) {
        out.add(new Problem(info, null, "required-when", "is required when operation is " + when));
      }
      return;
    }
    try {
      LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      out.add(new Problem(info + "." + field, node.asText(), "date-format", "must be YYYY-MM-DD"));
    }
  }
}
