package dev.offerstatus.rules.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dotted JSON paths: {@code onboarding_info.actual_onboarding_date}. */
final class DottedPaths {
  private static final Map<String, String[]> SEGMENTS = new ConcurrentHashMap<>();

  private DottedPaths() {}

  static String join(String prefix, String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    if (name.isEmpty()) {
      return prefix;
    }
    return name.startsWith("[") ? prefix + name : prefix + "." + name;
  }

  /** The property names of a dotted path, split once per path (rule paths are few and fixed). */
  static String[] segments(String dotted) {
    return SEGMENTS.computeIfAbsent(dotted, d -> d.split("\\.", -1));
  }
}
