package dev.offerstatus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The floor: the same checks as the rules, hard-coded as an if-chain (what a careful team would
 * write by hand for this one endpoint, with no spec, no messages and no locales).
 */
final class HandWrittenChecks {
  private static final Set<String> OPERATIONS =
      Set.of("confirm_onboarding", "cancel_onboarding", "offboard");

  private HandWrittenChecks() {}

  static List<String> model(String offerId, InternOfferStatusRequest request) {
    List<String> problems = new ArrayList<>(0);
    offerId(offerId, problems);
    Operation operation = request.getOperation();
    if (operation == null) {
      problems.add("operation");
    }
    if (operation == Operation.CONFIRM_ONBOARDING && request.getOnboardingInfo() == null) {
      problems.add("onboarding_info");
    }
    if (operation == Operation.OFFBOARD && request.getOffboardingInfo() == null) {
      problems.add("offboarding_info");
    }
    if (request.getOnboardingInfo() != null
        && request.getOnboardingInfo().getActualOnboardingDate() == null) {
      problems.add("onboarding_info.actual_onboarding_date");
    }
    if (request.getOffboardingInfo() != null
        && request.getOffboardingInfo().getActualOffboardingDate() == null) {
      problems.add("offboarding_info.actual_offboarding_date");
    }
    if (request.getOnboardingInfo() != null
        && request.getOffboardingInfo() != null
        && request.getOnboardingInfo().getActualOnboardingDate() != null
        && request.getOffboardingInfo().getActualOffboardingDate() != null
        && !request
            .getOffboardingInfo()
            .getActualOffboardingDate()
            .isAfter(request.getOnboardingInfo().getActualOnboardingDate())) {
      problems.add("offboarding_info.actual_offboarding_date");
    }
    return problems;
  }

  static List<String> json(String offerId, JsonNode root) {
    List<String> problems = new ArrayList<>(0);
    offerId(offerId, problems);
    if (!root.isObject()) {
      problems.add("");
      return problems;
    }
    JsonNode operation = root.get("operation");
    if (operation == null
        || !operation.isTextual()
        || !OPERATIONS.contains(operation.textValue())) {
      problems.add("operation");
    }
    String op = operation == null ? null : operation.asText();
    JsonNode on = root.get("onboarding_info");
    JsonNode off = root.get("offboarding_info");
    if ("confirm_onboarding".equals(op) && (on == null || on.isNull())) {
      problems.add("onboarding_info");
    }
    if ("offboard".equals(op) && (off == null || off.isNull())) {
      problems.add("offboarding_info");
    }
    String onDate = date(on, "onboarding_info", "actual_onboarding_date", problems);
    String offDate = date(off, "offboarding_info", "actual_offboarding_date", problems);
    if (off != null && off.isObject()) {
      JsonNode notes = off.get("notes");
      if (notes != null && !notes.isNull() && !notes.isTextual()) {
        problems.add("offboarding_info.notes");
      }
    }
    if (onDate != null && offDate != null && offDate.compareTo(onDate) <= 0) {
      problems.add("offboarding_info.actual_offboarding_date");
    }
    return problems;
  }

  private static String date(JsonNode info, String name, String field, List<String> problems) {
    if (info == null || info.isNull()) {
      return null;
    }
    if (!info.isObject()) {
      problems.add(name);
      return null;
    }
    JsonNode date = info.get(field);
    if (date == null || !date.isTextual() || !isRealDate(date.textValue())) {
      problems.add(name + "." + field);
      return null;
    }
    return date.textValue();
  }

  private static boolean isRealDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    int month = Integer.parseInt(s, 5, 7, 10);
    int day = Integer.parseInt(s, 8, 10, 10);
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int length =
        switch (month) {
          case 2 -> leap ? 29 : 28;
          case 4, 6, 9, 11 -> 30;
          default -> 31;
        };
    return month >= 1 && month <= 12 && day >= 1 && day <= length;
  }

  private static void offerId(String offerId, List<String> problems) {
    if (offerId == null || offerId.isBlank() || offerId.equals(".") || offerId.equals("..")) {
      problems.add("offer_id");
      return;
    }
    for (int i = 0; i < offerId.length(); i++) {
      char c = offerId.charAt(i);
      if (c == '/' || c < 0x20 || c == 0x7F) {
        problems.add("offer_id");
        return;
      }
    }
  }
}
