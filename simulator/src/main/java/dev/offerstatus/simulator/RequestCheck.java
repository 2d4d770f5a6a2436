package dev.offerstatus.simulator;

import java.util.List;
import java.util.Locale;

/** Checks a request's offer id and raw JSON body against the contract's rules. */
interface RequestCheck {
  /** One broken rule: JSON path, rejected value, rule id, human-readable message. */
  record Problem(String path, Object value, String rule, String message) {}

  /** The broken rules, sorted; empty when the request is valid. */
  List<Problem> check(String offerId, String jsonBody, Locale locale);
}
