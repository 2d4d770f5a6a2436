package dev.offerstatus.rules.internal;

import java.util.List;

/** Dotted JSON paths: {@code onboarding_info.actual_onboarding_date}. */
final class Paths {
  private Paths() {}

  static String join(String prefix, String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    if (name.isEmpty()) {
      return prefix;
    }
    return name.startsWith("[") ? prefix + name : prefix + "." + name;
  }

  static List<String> split(String dotted) {
    return List.of(dotted.split("\\.", -1));
  }
}
