package dev.offerstatus.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request's parameters as an operation sees them: path segments and query, percent-decoded. */
final class RequestParameters {
  private RequestParameters() {}

  /** The path parameters, then the query parameters whose names the path did not take. */
  static Map<String, String> of(Map<String, String> rawPathParameters, String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    rawPathParameters.forEach((name, raw) -> params.put(name, decodeSegment(raw)));
    query(rawQuery).forEach(params::putIfAbsent);
    return params;
  }

  /** The query parameters, percent-decoded; of a repeated name, the first. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String formDecode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static String decodeSegment(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment; // a broken %-escape: the offer id stays as sent and is rejected as unknown
    }
  }
}
